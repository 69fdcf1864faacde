"""People the bot knows for heldout61 (four organisations). key -> (name, email, department, manager_key, aliases)."""

GOV = "tlyacg.example.gov.cn"       # 铜陵市义安区城市管理局
KD = "kunding-mach.example.cn"      # 龙岩坤鼎机械有限公司
BV = "bosveld-puer.example.cn"      # Bosveld Coffee (Pu'er) Co., Ltd. 博斯维德咖啡（普洱）
SG = "sengu-ginseng.example.cn"     # 通化森谷参业有限公司

PEOPLE = {
    # --- 铜陵市义安区城市管理局 (government unit) ---
    "zjp": ("章建平", f"zhangjianping@{GOV}", "局领导", None, "章局;章局长;建平局长"),
    "why": ("吴海燕", f"wuhaiyan@{GOV}", "局办公室", "zjp", "吴主任;海燕"),
    "wzq": ("汪志强", f"wangzhiqiang@{GOV}", "市政设施股", "zjp", "汪股长;志强"),
    "txd": ("檀晓东", f"tanxiaodong@{GOV}", "市容环卫股", "zjp", "檀股长;晓东"),
    "sjh": ("疏建华", f"shujianhua@{GOV}", "执法大队", "zjp", "疏队;疏大队长"),
    "shl": ("佘丽", f"sheli@{GOV}", "园林绿化股", "zjp", "佘股长;小佘"),
    "jt":  ("江涛", f"jiangtao@{GOV}", "局办公室", "why", "小江;江秘书"),
    "hzy": ("胡振宇", f"huzhenyu@{GOV}", "执法大队", "sjh", "胡中队;振宇"),
    "tj":  ("陶佳", f"taojia@{GOV}", "执法大队", "sjh", "小陶;陶法制员"),
    # --- 龙岩坤鼎机械有限公司 (hydraulic breakers, excavator attachments) ---
    "llh": ("林丽华", f"linlihua@{KD}", "总经办", None, "林总;Lily Lin"),
    "qwb": ("邱文斌", f"qiuwenbin@{KD}", "国际贸易部", "llh", "邱经理;Kevin Qiu;Kevin"),
    "hqp": ("黄秋萍", f"huangqiuping@{KD}", "国际贸易部", "qwb", "秋萍;Autumn Huang;Autumn"),
    "lzj": ("赖志坚", f"laizhijian@{KD}", "技术部", "llh", "赖工;志坚;Lai Zhijian"),
    "lty": ("蓝天佑", f"lantianyou@{KD}", "生产部", "llh", "蓝主管;天佑"),
    "yk":  ("游堃", f"youkun@{KD}", "生产部", "lty", "小游;游计划"),
    "jml": ("江美玲", f"jiangmeiling@{KD}", "品质部", "llh", "江主管;美玲"),
    "ljx": ("罗建新", f"luojianxin@{KD}", "采购部", "llh", "罗经理;建新"),
    "jgh": ("简国华", f"jianguohua@{KD}", "售后服务部", "llh", "简经理;国华;Jian Guohua"),
    "zxw": ("钟晓雯", f"zhongxiaowen@{KD}", "总经办", "llh", "晓雯;小钟"),
    # --- Bosveld Coffee (Pu'er) Co., Ltd. (South African-owned green-coffee mill) ---
    "pvr": ("Pieter van Rensburg", f"pieter.vanrensburg@{BV}", "Management", None, "Pieter;PvR;彼得"),
    "tmk": ("Thandiwe Mokoena", f"thandiwe.mokoena@{BV}", "Quality", "pvr", "Thandi;TM;唐迪"),
    "lcy": ("李春燕", f"lily.li@{BV}", "Procurement", "pvr", "Lily Li;Lily;春燕;李姐"),
    "djg": ("刀建国", f"jianguo.dao@{BV}", "Mill Operations", "pvr", "JG;刀主管;Dao Jianguo"),
    "yxm": ("杨晓梅", f"mei.yang@{BV}", "Export & Logistics", "pvr", "Mei Yang;Mei;晓梅"),
    "pzm": ("普志明", f"zhiming.pu@{BV}", "Farm Extension", "lcy", "普老师;Pu Zhiming;Zhiming"),
    # --- 通化森谷参业有限公司 (ginseng products, e-commerce) ---
    "jch": ("金成浩", f"jinchenghao@{SG}", "总经办", None, "金总;成浩"),
    "pml": ("朴美兰", f"piaomeilan@{SG}", "电商运营部", "jch", "朴经理;美兰"),
    "yht": ("于海涛", f"yuhaitao@{SG}", "种植基地部", "jch", "于主管;老于;海涛"),
    "slw": ("孙立伟", f"sunliwei@{SG}", "加工车间", "jch", "孙主任;立伟"),
    "sxl": ("隋晓丽", f"suixiaoli@{SG}", "质检部", "jch", "隋工;晓丽"),
    "qy":  ("曲洋", f"quyang@{SG}", "市场部", "jch", "Yang Qu;小曲;曲经理"),
    "gx":  ("宫雪", f"gongxue@{SG}", "财务部", "jch", "宫会计;小宫"),
    "xjq": ("邢佳琪", f"xingjiaqi@{SG}", "电商运营部", "pml", "佳琪;琪琪"),
}

BOTS = {"gov": f"minutes@{GOV}", "kd": f"minutes@{KD}", "bv": f"minutes@{BV}", "sg": f"minutes@{SG}"}


def roster_csv():
    lines = ["name,email,department,manager_email,aliases"]
    for key, (name, email, dept, mgr, aliases) in PEOPLE.items():
        m = PEOPLE[mgr][1] if mgr else ""
        lines.append(f"{name},{email},{dept},{m},{aliases}")
    return "\n".join(lines) + "\n"
