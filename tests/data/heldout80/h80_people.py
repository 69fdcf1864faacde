"""Organisations and roster of heldout80 (four invented organisations, all domains under example.*)."""

ORGS = {
    "A": {"name": "安顺市西秀区自然资源局", "domain": "xxzrzyj.example.gov.cn",
          "bot": ("纪要助手", "jiyao@xxzrzyj.example.gov.cn"),
          "about": "district natural-resources bureau, Anshun, Guizhou (government unit): 局领导, 办公室, "
                   "国土空间规划股, 耕地保护股, 不动产登记中心, 执法监察大队; town office 旧州镇自然资源所 as an outside sender"},
    "B": {"name": "Ruhuna Coir Geotextiles (Jinhua) Co., Ltd. 鲁胡纳椰纤土工材料（金华）有限公司",
          "domain": "ruhuna-jh.example.cn", "bot": ("Minutes Bot", "minutes@ruhuna-jh.example.cn"),
          "about": "Sri Lankan-owned maker of coconut-coir erosion-control blankets and geotextiles in Jinhua, "
                   "Zhejiang; head office Ruhuna Coir PLC, Galle (ruhunacoir.example.lk). Writes English."},
    "C": {"name": "邢台骏童童车有限公司", "domain": "juntong-bike.example.cn",
          "bot": ("纪要助手", "minutes@juntong-bike.example.cn"),
          "about": "children's bicycles and strollers, Xingtai, Hebei (private); Colombian customer "
                   "Juguetes Montaña S.A.S., Medellín (juguetesmontana.example.com.co)"},
    "D": {"name": "银川朔方甘草生物科技有限公司", "domain": "shuofang-bio.example.cn",
          "bot": ("纪要助手", "jiyao@shuofang-bio.example.cn"),
          "about": "licorice (甘草) extract maker, Yinchuan, Ningxia; Hungarian buyer Alföld Phyto Kft. "
                   "(alfoldphyto.example.hu), writes English"},
}

A, B, C, D = (ORGS[k]["domain"] for k in "ABCD")

# name, email, department, manager_email, aliases
ROSTER = [
    ("田茂林", f"tianmaolin@{A}", "局领导", "", "田局;田副局长"),
    ("杨德明", f"yangdeming@{A}", "办公室", f"tianmaolin@{A}", "杨主任;老杨"),
    ("龙海燕", f"longhaiyan@{A}", "国土空间规划股", f"tianmaolin@{A}", "龙股长;海燕"),
    ("吴光荣", f"wuguangrong@{A}", "耕地保护股", f"tianmaolin@{A}", "吴股长"),
    ("韦晓丽", f"weixiaoli@{A}", "耕地保护股", f"wuguangrong@{A}", "小韦;晓丽"),
    ("陈国栋", f"chenguodong@{A}", "不动产登记中心", f"tianmaolin@{A}", "陈主任"),
    ("王雪梅", f"wangxuemei@{A}", "不动产登记中心", f"chenguodong@{A}", "雪梅;小王"),
    ("安志刚", f"anzhigang@{A}", "执法监察大队", f"tianmaolin@{A}", "安队;安大队长"),
    ("Dilan Perera", f"dilan.perera@{B}", "Management", "", "Dilan;DP;迪兰"),
    ("沈佳怡", f"jiayi.shen@{B}", "Supply Chain", f"dilan.perera@{B}", "Jiayi Shen;Jiayi;沈经理"),
    ("胡振华", f"zhenhua.hu@{B}", "Production", f"dilan.perera@{B}", "Zhenhua Hu;Zhenhua;胡主管"),
    ("楼晓峰", f"xiaofeng.lou@{B}", "Quality", f"dilan.perera@{B}", "Xiaofeng Lou;Xiaofeng;Lou;楼工"),
    ("方婷", f"ting.fang@{B}", "HR & Admin", f"dilan.perera@{B}", "Tina Fang;Tina"),
    ("叶子豪", f"zihao.ye@{B}", "Sales", f"dilan.perera@{B}", "Jason Ye;Jason;叶经理"),
    ("Nadeesha Fernando", "nadeesha.f@ruhunacoir.example.lk", "Group Quality", "", "Nadeesha;NF"),
    ("Kasun Wijesinghe", "kasun.w@ruhunacoir.example.lk", "Group Engineering", "", "Kasun"),
    ("郭振海", f"guozhenhai@{C}", "总经办", "", "郭总;老郭"),
    ("刘思彤", f"liusitong@{C}", "外贸部", f"guozhenhai@{C}", "刘经理;Sitong Liu;Sitong;Cindy"),
    ("张雨萌", f"zhangyumeng@{C}", "外贸部", f"liusitong@{C}", "Yumeng Zhang;Mona;小张"),
    ("赵铁军", f"zhaotiejun@{C}", "生产部", f"guozhenhai@{C}", "赵主管;老赵"),
    ("孟庆华", f"mengqinghua@{C}", "品质部", f"guozhenhai@{C}", "孟经理"),
    ("许文博", f"xuwenbo@{C}", "研发部", f"guozhenhai@{C}", "许工;Wenbo Xu;Engineer Xu"),
    ("高秀娟", f"gaoxiujuan@{C}", "采购部", f"guozhenhai@{C}", "高主管"),
    ("李建业", f"lijianye@{C}", "仓储部", f"guozhenhai@{C}", "建业"),
    ("田雅静", f"tianyajing@{C}", "财务部", f"guozhenhai@{C}", "田会计"),
    ("马俊峰", f"majunfeng@{D}", "总经办", "", "马总"),
    ("丁海涛", f"dinghaitao@{D}", "生产部", f"majunfeng@{D}", "丁经理;海涛"),
    ("白雪", f"baixue@{D}", "品控部", f"majunfeng@{D}", "白主管;Bai Xue"),
    ("纳文静", f"nawenjing@{D}", "研发中心", f"majunfeng@{D}", "纳工;纳老师;Ms Na;Na Wenjing"),
    ("杨建国", f"yangjianguo@{D}", "种植基地部", f"majunfeng@{D}", "杨经理;建国"),
    ("苏婉清", f"suwanqing@{D}", "市场部", f"majunfeng@{D}", "苏经理;Wanqing Su;Ms Su"),
    ("周晓玲", f"zhouxiaoling@{D}", "行政部", f"majunfeng@{D}", "小周"),
    ("何丽", f"heli@{D}", "财务部", f"majunfeng@{D}", "何会计"),
]

BY_NAME = {r[0]: r for r in ROSTER}

# people outside the roster who appear as senders, recipients or owners
EXTERNAL = {
    "潘明": "panming@jiuzhouzhen.example.gov.cn",
    "罗春燕": "luochunyan@jiuzhouzhen.example.gov.cn",
    "何建平": "hejianping@jhwjst.example.cn",
    "Valentina Ospina": "valentina.ospina@juguetesmontana.example.com.co",
    "Andrés Restrepo": "andres.restrepo@juguetesmontana.example.com.co",
    "Zsófia Nagy": "zsofia.nagy@alfoldphyto.example.hu",
    "Bence Kovács": "bence.kovacs@alfoldphyto.example.hu",
}


def person(name):
    """(display name, email) of a roster or external person."""
    if name in BY_NAME:
        return name, BY_NAME[name][1]
    return name, EXTERNAL[name]


def roster_csv():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for row in ROSTER:
        w.writerow(row)
    return buf.getvalue().encode("utf-8")
