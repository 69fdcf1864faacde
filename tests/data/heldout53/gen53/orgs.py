"""The four invented organisations, their outside partners, and the roster the bot knows."""

BUREAU = "gzxzrj.example.gov.cn"          # 甘孜县自然资源局 (Ganzi County Natural Resources Bureau, Sichuan)
TILE = "hengyou-tiles.example.cn"          # 江西恒釉陶瓷有限公司 (Hengyou Ceramics, Fengcheng, Jiangxi)
HOSP = "anherehab.example.cn"              # 沈阳安和康复医院 (Shenyang Anhe Rehabilitation Hospital, private)
VERDE = "verdesol.example.com"             # 绿阳果业（广州）有限公司 Verde Sol Fruits (Guangzhou), Nansha; Mexican-owned

BOTS = {
    BUREAU: "minutes@" + BUREAU,
    TILE: "minutes@" + TILE,
    HOSP: "minutes@" + HOSP,
    VERDE: "minutes@" + VERDE,
}
BOT_NAMES = {BUREAU: "纪要助手", TILE: "纪要助手", HOSP: "纪要助手", VERDE: "Minutes Bot"}

# name, local part or full address, department, manager (local part / full), aliases
_B = [
    ("泽仁邓珠", "zerendengzhu", "局领导", "", "泽仁局长;邓珠局长;Zeren Dengzhu"),
    ("陈光辉", "chenguanghui", "局领导", "zerendengzhu", "陈局;陈副局长;Chen Guanghui"),
    ("李红梅", "lihongmei", "办公室", "zerendengzhu", "李主任;红梅;Li Hongmei"),
    ("杨雪", "yangxue", "办公室", "lihongmei", "小杨;Yang Xue"),
    ("罗建平", "luojianping", "国土空间规划股", "chenguanghui", "罗股长;Luo Jianping"),
    ("降初拉姆", "jiangchulamu", "国土空间规划股", "luojianping", "拉姆;Jiangchu Lamu"),
    ("何志强", "hezhiqiang", "耕地保护股", "chenguanghui", "何股长;He Zhiqiang"),
    ("王诗琪", "wangshiqi", "耕地保护股", "hezhiqiang", "诗琪;小王;Wang Shiqi"),
    ("格桑曲珍", "gesangquzhen", "不动产登记中心", "chenguanghui", "曲珍;格桑主任;Gesang Quzhen"),
    ("孙德明", "sundeming", "地质灾害防治股", "zerendengzhu", "孙股长;孙工;Sun Deming"),
    ("扎西尼玛", "zhaxinima", "地质灾害防治股", "sundeming", "扎西;Zhaxi Nima;Tashi Nyima"),
    ("唐勇", "tangyong", "执法监察大队", "chenguanghui", "唐队;唐队长;Tang Yong"),
]
_T = [
    ("付国庆", "fuguoqing", "总经办", "", "付总;Fu Guoqing"),
    ("涂佳慧", "tujiahui", "总经办", "fuguoqing", "小涂;Tu Jiahui;Joy Tu"),
    ("熊思远", "xiongsiyuan", "外贸部", "fuguoqing", "熊经理;Simon Xiong;Simon"),
    ("邹雨婷", "zouyuting", "外贸部", "xiongsiyuan", "Rita Zou;Rita;雨婷"),
    ("龚文", "gongwen", "外贸部", "xiongsiyuan", "小龚;Gong Wen;Wendy Gong"),
    ("万国平", "wanguoping", "生产部", "fuguoqing", "万厂长;Wan Guoping"),
    ("聂海涛", "niehaitao", "生产部", "wanguoping", "聂主任;Nie Haitao"),
    ("黄丽君", "huanglijun", "品管部", "fuguoqing", "黄主管;Huang Lijun;Lily Huang"),
    ("韦志远", "weizhiyuan", "仓储物流部", "fuguoqing", "韦主管;Wei Zhiyuan"),
    ("王建华", "wangjianhua", "研发部", "fuguoqing", "王工;Wang Jianhua"),
    ("邓春燕", "dengchunyan", "财务部", "fuguoqing", "邓经理;Deng Chunyan"),
]
_H = [
    ("赵振宇", "zhaozhenyu", "院办", "", "赵院长;赵院;Zhao Zhenyu"),
    ("刘晓宁", "liuxiaoning", "院办", "zhaozhenyu", "刘主任;晓宁;Liu Xiaoning"),
    ("孟庆华", "mengqinghua", "医务部", "zhaozhenyu", "孟主任;Meng Qinghua"),
    ("关丽娜", "guanlina", "护理部", "zhaozhenyu", "关主任;Guan Lina"),
    ("于海燕", "yuhaiyan", "护理部", "guanlina", "于护士长;Yu Haiyan"),
    ("钱文博", "qianwenbo", "康复治疗部", "zhaozhenyu", "钱老师;钱主任;Qian Wenbo"),
    ("佟鑫", "tongxin", "康复治疗部", "qianwenbo", "小佟;Tong Xin"),
    ("吕思佳", "lvsijia", "康复治疗部", "qianwenbo", "思佳;Lv Sijia"),
    ("白雪峰", "baixuefeng", "神经康复科", "zhaozhenyu", "白主任;Bai Xuefeng"),
    ("张博", "zhangbo", "信息科", "zhaozhenyu", "张科长;Zhang Bo"),
    ("隋红", "suihong", "医保办", "zhaozhenyu", "隋主任;Sui Hong"),
    ("常德胜", "changdesheng", "后勤保障部", "zhaozhenyu", "常部长;Chang Desheng"),
    ("金美善", "jinmeishan", "市场部", "zhaozhenyu", "金经理;Jin Meishan"),
]
_V = [
    ("Alejandro Torres", "alejandro.torres", "Management", "", "Alejandro;Alex Torres;Alex;托总"),
    ("梁嘉豪", "kevin.leung", "Operations", "alejandro.torres", "Kevin Leung;Kevin;嘉豪;Leung Ka Ho"),
    ("冯志明", "ming.feng", "Operations", "kevin.leung", "Ming;Feng Zhiming;馮志明;阿明"),
    ("黎雪莹", "shirley.li", "Logistics", "kevin.leung", "Shirley Li;Shirley;黎雪瑩"),
    ("Mariana López", "mariana.lopez", "Quality", "alejandro.torres", "Mariana;Mariana Lopez;Mari"),
    ("何婉婷", "tina.he", "Quality", "mariana.lopez", "Tina He;Tina;婉婷"),
    ("陈思雨", "cindy.chen", "Sales", "alejandro.torres", "Cindy Chen;Cindy;思雨;陳思雨"),
    ("苏文杰", "jason.su", "Sales", "cindy.chen", "Jason Su;Jason;蘇文傑"),
    ("Diego Hernández", "diego.hernandez", "Finance", "alejandro.torres", "Diego;Diego Hernandez"),
    ("Valeria Gómez", "valeria.gomez", "Marketing", "alejandro.torres", "Valeria;Vale;Valeria Gomez"),
]
# outsiders who write or own items (department empty)
_X = [
    ("周云飞", "zhouyunfei@chuanxi-survey.example.cn", "周工;Zhou Yunfei"),
    ("Liam O'Connor", "liam.oconnor@coastlinesurfaces.example.com.au", "Liam"),
    ("Priya Nair", "priya.nair@coastlinesurfaces.example.com.au", "Priya"),
    ("曾晓东", "zengxiaodong@huahang-freight.example.cn", "曾经理;Zeng Xiaodong"),
    ("Javier Morales", "javier.morales@esmalteslevante.example.es", "Javier"),
    ("许浩然", "xuhaoran@zhibu-robotics.example.cn", "许工;Xu Haoran"),
    ("Sofía Ramírez", "sofia.ramirez@empacadorasanjuan.example.mx", "Sofía;Sofia Ramirez;Sofia"),
    ("区伟强", "ouweiqiang@fengtai-customs.example.cn", "区经理;Ou Weiqiang;Ricky Au"),
]

ROSTER = {}      # name -> dict(email, department, manager_email, aliases)
ORDER = []


def _add(rows, domain):
    for name, local, dept, mgr, aliases in rows:
        ROSTER[name] = dict(email="%s@%s" % (local, domain), department=dept,
                            manager_email=("%s@%s" % (mgr, domain)) if mgr else "", aliases=aliases)
        ORDER.append(name)


_add(_B, BUREAU)
_add(_T, TILE)
_add(_H, HOSP)
_add(_V, VERDE)
for _n, _e, _a in _X:
    ROSTER[_n] = dict(email=_e, department="", manager_email="", aliases=_a)
    ORDER.append(_n)


def email_of(name):
    return ROSTER[name]["email"]


def person(name):
    """(display name, address) for headers."""
    return name, ROSTER[name]["email"]


def roster_csv():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for n in ORDER:
        r = ROSTER[n]
        w.writerow([n, r["email"], r["department"], r["manager_email"], r["aliases"]])
    return buf.getvalue()


# receiving servers: what the bot's mailbox host adds on delivery
SERVERS = {
    BUREAU: ("mail.gzxzrj.example.gov.cn", "Coremail"),
    TILE: ("mx.hengyou-tiles.example.cn", "Postfix"),
    HOSP: ("mx.anherehab.example.cn", "Postfix"),
    VERDE: ("mail.verdesol.example.com", "Postfix"),
}
