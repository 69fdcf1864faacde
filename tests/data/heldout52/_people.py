"""The four organisations of heldout52, their staff, the outsiders who write, and the bot addresses."""

ORGS = {
    "A": dict(name="呼和浩特市青城区应急管理局", en="Qingcheng District Emergency Management Bureau, Hohhot",
              domain="qcyjj.example.cn", bot=("纪要助手", "jiyao@qcyjj.example.cn"),
              kind="district government office (emergency management)", mailhost="mail.qcyjj.example.cn"),
    "B": dict(name="中山市辉映光电科技有限公司", en="Huiying Optoelectronics (Zhongshan) — LED display maker",
              domain="huiying-led.example.cn", bot=("会议纪要机器人", "minutes@huiying-led.example.cn"),
              kind="private manufacturer", mailhost="smtp.huiying-led.example.cn"),
    "C": dict(name="黔翔航空有限公司 贵阳维修基地", en="Qianxiang Airlines, Guiyang Maintenance Base",
              domain="qxair.example.cn", bot=("minutebot 纪要助手", "minutebot@qxair.example.cn"),
              kind="regional airline maintenance base (services, Microsoft 365)", mailhost="qxair.example.cn"),
    "D": dict(name="银川泽丰滴灌科技有限公司 (Tzafon Drip Irrigation Yinchuan)",
              en="Tzafon Drip Irrigation (Yinchuan) Co., Ltd. — Israeli-owned",
              domain="tzafon-drip.example.cn", bot=("Minutes Bot", "minutes@tzafon-drip.example.cn"),
              kind="foreign-invested (Israeli) manufacturer, English working language", mailhost="tzafon-drip.example.cn"),
}

A, B, C, D = (ORGS[k]["domain"] for k in "ABCD")

# name, email, department, manager_email, aliases, org
_R = [
    # ---- A: 青城区应急管理局
    ("高振华", "gaozhenhua@" + A, "局领导", "", "高局长;高局;Gao Zhenhua", "A"),
    ("乌云其木格", "wuyunqimuge@" + A, "局领导", "gaozhenhua@" + A, "乌局;乌云局长;乌云;乌云其木格副局长", "A"),
    ("赵德胜", "zhaodesheng@" + A, "办公室", "wuyunqimuge@" + A, "赵主任;老赵", "A"),
    ("刘佳琪", "liujiaqi@" + A, "办公室", "zhaodesheng@" + A, "小刘;佳琪", "A"),
    ("巴特尔", "bateer@" + A, "应急救援科", "wuyunqimuge@" + A, "巴科长;巴特尔科长", "A"),
    ("孟凡超", "mengfanchao@" + A, "应急救援科", "bateer@" + A, "小孟", "A"),
    ("许丽华", "xulihua@" + A, "安全生产综合协调科", "gaozhenhua@" + A, "许科长", "A"),
    ("苏和", "suhe@" + A, "危险化学品监管科", "gaozhenhua@" + A, "苏科长;苏和科长", "A"),
    ("包红梅", "baohongmei@" + A, "危险化学品监管科", "suhe@" + A, "小包;红梅", "A"),
    ("王建军", "wangjianjun@" + A, "防灾减灾科", "wuyunqimuge@" + A, "王科长", "A"),
    ("韩冬", "handong@" + A, "执法大队", "gaozhenhua@" + A, "韩队;韩大队长", "A"),
    ("其其格", "qiqige@" + A, "执法大队", "handong@" + A, "", "A"),
    ("李梦瑶", "limengyao@" + A, "宣传教育科", "wuyunqimuge@" + A, "梦瑶", "A"),
    ("陈志刚", "chenzhigang@" + A, "指挥中心", "wuyunqimuge@" + A, "陈工", "A"),
    ("郝建平", "hjp_yzl@126.example.com", "", "", "郝主任", "A-out"),
    # ---- B: 辉映光电
    ("黄志明", "huangzhiming@" + B, "总经理办公室", "", "黄总;Michael Huang;Michael", "B"),
    ("罗国强", "luoguoqiang@" + B, "生产部", "huangzhiming@" + B, "罗经理;强哥;Luo Guoqiang", "B"),
    ("覃海燕", "qinhaiyan@" + B, "生产部", "luoguoqiang@" + B, "覃主管;海燕", "B"),
    ("黎志诚", "lizhicheng@" + B, "生产部", "qinhaiyan@" + B, "阿诚;小黎", "B"),
    ("韦志远", "weizhiyuan@" + B, "仓储部", "luoguoqiang@" + B, "韦主管;老韦", "B"),
    ("苏婉清", "suwanqing@" + B, "PMC", "luoguoqiang@" + B, "婉清;Wendy;Wendy Su", "B"),
    ("梁小敏", "liangxiaomin@" + B, "品质部", "huangzhiming@" + B, "梁经理;Mandy;Mandy Liang", "B"),
    ("冯志鹏", "fengzhipeng@" + B, "品质部", "liangxiaomin@" + B, "冯工;Peter Feng", "B"),
    ("欧阳俊", "ouyangjun@" + B, "研发部", "huangzhiming@" + B, "欧阳工;欧阳;Jun Ouyang", "B"),
    ("谭伟", "tanwei@" + B, "研发部", "ouyangjun@" + B, "谭工;Tan Wei", "B"),
    ("何丽君", "helijun@" + B, "采购部", "huangzhiming@" + B, "何经理;Lily He;Lily", "B"),
    ("陆晓雯", "luxiaowen@" + B, "采购部", "helijun@" + B, "小陆", "B"),
    ("陈薇", "chenwei@" + B, "海外销售部", "huangzhiming@" + B, "Vivian;Vivian Chen;薇姐", "B"),
    ("钟嘉豪", "zhongjiahao@" + B, "海外销售部", "chenwei@" + B, "Jason;Jason Zhong;嘉豪", "B"),
    ("邝美玲", "kuangmeiling@" + B, "财务部", "huangzhiming@" + B, "邝经理;Meiling Kuang", "B"),
    ("Markus Vogel", "markus.vogel@kessler-buehne.example.de", "", "", "Markus;Vogel", "B-out"),
    ("郑浩", "zhenghao@qianjing-semi.example.cn", "", "", "Zheng Hao;郑经理", "B-out"),
    # ---- C: 黔翔航空 贵阳维修基地
    ("杨光辉", "yangguanghui@" + C, "基地领导", "", "杨总;Yang Guanghui", "C"),
    ("龙婷", "longting@" + C, "生产控制中心", "yangguanghui@" + C, "龙经理;Long Ting", "C"),
    ("吴昌林", "wuchanglin@" + C, "航线维修车间", "yangguanghui@" + C, "吴主任", "C"),
    ("王磊", "wanglei@" + C, "航线维修车间", "wuchanglin@" + C, "王工;Wang Lei", "C"),
    ("田茂松", "tianmaosong@" + C, "定检车间", "yangguanghui@" + C, "田主任", "C"),
    ("蒙晓东", "mengxiaodong@" + C, "定检车间", "tianmaosong@" + C, "蒙工", "C"),
    ("陈淑芬", "chenshufen@" + C, "质量管理部", "yangguanghui@" + C, "陈经理", "C"),
    ("张国栋", "zhangguodong@" + C, "工程技术部", "yangguanghui@" + C, "张总;张经理;Zhang Guodong", "C"),
    ("罗敏", "luomin@" + C, "工程技术部", "zhangguodong@" + C, "罗工", "C"),
    ("潘宏", "panhong@" + C, "航材保障部", "yangguanghui@" + C, "潘经理", "C"),
    ("石静", "shijing@" + C, "航材保障部", "panhong@" + C, "小石", "C"),
    ("敖德福", "aodefu@" + C, "安全监察部", "yangguanghui@" + C, "敖经理", "C"),
    ("钱立新", "qianlixin@" + C, "培训部", "yangguanghui@" + C, "钱老师", "C"),
    ("林俊宏", "junhong.lin@hongyu-avionics.example.com.tw", "", "", "林經理;Jimmy Lin", "C-out"),
    # ---- D: Tzafon Drip Irrigation (Yinchuan)
    ("Noa Ben-Ami", "noa.benami@" + D, "Management", "", "Noa;诺娅", "D"),
    ("Avi Cohen", "avi.cohen@" + D, "Field Service", "noa.benami@" + D, "Avi", "D"),
    ("海波", "haibo@" + D, "Field Service", "avi.cohen@" + D, "Hai Bo;Bo Hai;haibo;海工", "D"),
    ("马晓兰", "maxiaolan@" + D, "Agronomy", "noa.benami@" + D, "Lan Ma;Lan;Xiaolan;Ma Xiaolan;马经理", "D"),
    ("纳建平", "najianping@" + D, "Sales", "noa.benami@" + D, "JP;Jianping Na;Na Jianping;纳经理", "D"),
    ("杨海东", "yanghaidong@" + D, "Production", "noa.benami@" + D, "Haidong;Haidong Yang;杨厂长", "D"),
    ("白永强", "baiyongqiang@" + D, "Production", "yanghaidong@" + D, "Yongqiang Bai;白主管", "D"),
    ("丁雪", "dingxue@" + D, "Quality", "noa.benami@" + D, "Snow;Snow Ding;Ding Xue", "D"),
    ("沙玉梅", "shayumei@" + D, "Supply Chain", "noa.benami@" + D, "Yumei;Yumei Sha", "D"),
    ("金婷", "jinting@" + D, "Finance", "noa.benami@" + D, "Tina;Tina Jin", "D"),
    ("苏晴", "suqing@" + D, "EHS", "noa.benami@" + D, "Qing Su;苏工", "D"),
    ("Eitan Shapiro", "eitan.shapiro@tzafon.example.co.il", "HQ Engineering", "", "Eitan", "D-HQ"),
    ("Sanne de Vries", "sanne.devries@hydrobyte.example.nl", "", "", "Sanne", "D-out"),
]

ROSTER = [dict(name=n, email=e, department=d, manager_email=m, aliases=a, org=o) for n, e, d, m, a, o in _R]
BY_EMAIL = {p["email"]: p for p in ROSTER}


def P(key):
    """Look a roster person up by email or by the local part of the email."""
    if key in BY_EMAIL:
        return BY_EMAIL[key]
    hits = [p for p in ROSTER if p["email"].split("@")[0] == key]
    if len(hits) != 1:
        raise KeyError(key)
    return hits[0]


def who(key):
    """(display name, email) pair for headers."""
    p = P(key)
    return p["name"], p["email"]


def bot(org):
    return ORGS[org]["bot"]


def roster_csv():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for p in ROSTER:
        w.writerow([p["name"], p["email"], p["department"], p["manager_email"], p["aliases"]])
    return buf.getvalue()


def check_aliases_unique():
    seen = {}
    for p in ROSTER:
        for a in [p["name"]] + [x for x in p["aliases"].split(";") if x]:
            k = a.lower()
            if k in seen and seen[k] != p["email"]:
                raise ValueError("alias %r used by %s and %s" % (a, seen[k], p["email"]))
            seen[k] = p["email"]
