"""People and organisations of heldout65 (all invented; example.* domains)."""

ORGS = {
    "H": {"name": "荆州湖乡藕业食品有限公司", "en": "Jingzhou Huxiang Lotus Root Foods Co., Ltd.",
          "domain": "huxiang-ou.example.cn", "city": "荆州 (Hubei)", "bot": ("纪要助手", "minutes@huxiang-ou.example.cn")},
    "G": {"name": "绵阳市游仙区市场监督管理局", "en": "Youxian District Market Supervision Administration, Mianyang",
          "domain": "yxscjg.example.gov.cn", "city": "绵阳 (Sichuan)", "bot": ("会议纪要跟踪", "minutes@yxscjg.example.gov.cn")},
    "A": {"name": "安第斯针织（辽阳）有限公司", "en": "Andean Knit (Liaoyang) Co., Ltd.",
          "domain": "andeanknit-ly.example.cn", "city": "辽阳 (Liaoning); parent Textiles Qolla S.A.C., Arequipa, Peru",
          "bot": ("Minutes Bot", "minutes@andeanknit-ly.example.cn")},
    "S": {"name": "洛阳嵩岳耐火材料股份有限公司", "en": "Luoyang Songyue Refractories Co., Ltd. (state-controlled)",
          "domain": "songyue-nc.example.cn", "city": "洛阳 (Henan)", "bot": ("纪要助手", "minutes@songyue-nc.example.cn")},
}

# name, local part, org, department, manager name (or ""), aliases
_R = [
    ("覃国栋", "qinguodong", "H", "总经理办公室", "", "覃总;Qin Guodong"),
    ("聂文", "niewen", "H", "总经理办公室", "覃国栋", "Nie Wen;小聂"),
    ("向丽", "xiangli", "H", "生产部", "", "向经理;Xiang Li;丽姐"),
    ("邓超群", "dengchaoqun", "H", "生产部", "向丽", "邓工;Deng Chaoqun;超群"),
    ("黎雪梅", "lixuemei", "H", "品控部", "", "黎经理;Li Xuemei"),
    ("严俊", "yanjun", "H", "品控部", "黎雪梅", "严工;Yan Jun;小严"),
    ("熊志刚", "xiongzhigang", "H", "销售部", "", "熊总;熊经理;Xiong Zhigang;Steven Xiong"),
    ("程佳", "chengjia", "H", "销售部", "熊志刚", "Cheng Jia;佳佳"),
    ("喻敏", "yumin", "H", "采购部", "", "喻经理;Yu Min"),
    ("付晓东", "fuxiaodong", "H", "仓储物流部", "", "付主管;Fu Xiaodong;东哥"),
    ("汪蓓", "wangbei", "H", "财务部", "", "汪经理;Wang Bei"),
    ("蒲建华", "pujianhua", "G", "局领导", "", "蒲局;蒲局长;Pu Jianhua"),
    ("罗春燕", "luochunyan", "G", "办公室", "蒲建华", "罗主任;Luo Chunyan"),
    ("苟晓莉", "gouxiaoli", "G", "办公室", "罗春燕", "小苟;Gou Xiaoli"),
    ("何明亮", "hemingliang", "G", "食品安全监管科", "蒲建华", "何科长;He Mingliang"),
    ("杜娟", "dujuan", "G", "食品安全监管科", "何明亮", "Du Juan;小杜"),
    ("唐勇", "tangyong", "G", "特种设备安全监察科", "蒲建华", "唐科长;Tang Yong"),
    ("冯刚", "fenggang", "G", "特种设备安全监察科", "唐勇", "冯工;Feng Gang"),
    ("文静", "wenjing", "G", "网络交易监管科", "蒲建华", "文科长;Wen Jing"),
    ("任志强", "renzhiqiang", "G", "综合执法大队", "蒲建华", "任队;任队长;Ren Zhiqiang"),
    ("岳小川", "yuexiaochuan", "G", "综合执法大队", "任志强", "小岳;Yue Xiaochuan"),
    ("Diego Huamán", "diego.huaman", "A", "Management", "", "Diego;Diego Huaman;DH;迪哥"),
    ("于海燕", "yuhaiyan", "A", "Production", "Diego Huamán", "Haiyan Yu;Helen Yu;Helen;于厂长"),
    ("孙立伟", "sunliwei", "A", "Production", "于海燕", "Liwei Sun;Lewis Sun;Lewis"),
    ("Rosa Quispe", "rosa.quispe", "A", "Design & Product", "Diego Huamán", "Rosa;RQ"),
    ("曲婧", "qujing", "A", "Design & Product", "Rosa Quispe", "Jing Qu;Jenny Qu;Jenny"),
    ("白冬梅", "baidongmei", "A", "Quality", "Diego Huamán", "Dongmei Bai;Mei Bai;Mei"),
    ("崔凯", "cuikai", "A", "Supply Chain", "Diego Huamán", "Kai Cui;Kevin Cui;Kevin"),
    ("关宁", "guanning", "A", "Supply Chain", "崔凯", "Ning Guan;Nina Guan;Nina"),
    ("吕博", "lvbo", "A", "Finance", "Diego Huamán", "Bo Lyu;Bob Lyu;Bob"),
    ("郜振华", "gaozhenhua", "S", "总经理办公室", "", "郜总;Gao Zhenhua"),
    ("卢珊", "lushan", "S", "总经理办公室", "郜振华", "卢主任;Lu Shan"),
    ("屈红军", "quhongjun", "S", "技术中心", "郜振华", "屈总工;老屈;Qu Hongjun"),
    ("牛晓峰", "niuxiaofeng", "S", "技术中心", "屈红军", "牛工;小牛;Niu Xiaofeng"),
    ("常艳", "changyan", "S", "国际贸易部", "郜振华", "常经理;Chang Yan;Yvonne Chang;Yvonne"),
    ("雷鸣", "leiming", "S", "国际贸易部", "常艳", "Lei Ming;Raymond Lei;Raymond"),
    ("姬永强", "jiyongqiang", "S", "生产管理部", "郜振华", "姬主任;Ji Yongqiang"),
    ("翟丽娜", "zhailina", "S", "生产管理部", "姬永强", "Zhai Lina;小翟"),
    ("宋卫东", "songweidong", "S", "安全环保部", "郜振华", "宋部长;Song Weidong"),
    ("靳涛", "jintao", "S", "供应部", "郜振华", "靳经理;Jin Tao"),
]

P = {}
for name, local, org, dept, mgr, aliases in _R:
    P[name] = {"name": name, "email": f"{local}@{ORGS[org]['domain']}", "org": org, "department": dept,
               "manager": mgr, "aliases": aliases}
for p in P.values():
    p["manager_email"] = P[p["manager"]]["email"] if p["manager"] else ""

DEPTS = {p["department"] for p in P.values()}

# people outside the roster (resolved only through From/To/Cc display names)
EXT = {
    "蔡卫": ("蔡卫", "caiwei@chuyun-pack.example.cn"),            # 武汉楚韵包装, vacuum-bag supplier of H
    "刘芸": ("刘芸", "liuyun@xiangkelong.example.cn"),             # 湘客隆超市 (Changsha), customer of H
    "Lucía Mamani": ("Lucía Mamani", "lucia.mamani@qolla-tex.example.com.pe"),
    "Javier Torres": ("Javier Torres", "javier.torres@qolla-tex.example.com.pe"),
    "Hannah Reid": ("Hannah Reid", "hannah.reid@tuioutfitters.example.co.nz"),
    "Andrei Popescu": ("Andrei Popescu", "andrei.popescu@otelaria-dunarea.example.ro"),
    "Ioana Stan": ("Ioana Stan", "ioana.stan@otelaria-dunarea.example.ro"),
}


def who(key):
    """(display name, email) of a roster or external person."""
    if key in P:
        return P[key]["name"], P[key]["email"]
    return EXT[key]


def bot(org):
    return ORGS[org]["bot"]


def roster_csv():
    lines = ["name,email,department,manager_email,aliases"]
    for p in P.values():
        lines.append(",".join([p["name"], p["email"], p["department"], p["manager_email"], p["aliases"]]))
    return "\n".join(lines) + "\n"
