"""People of 禾芯半导体设备 (Hexin Semiconductor Equipment): Wuxi HQ, Hsinchu, Penang, Austin, Dresden."""
DOM = "hexinsemi.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)

ROSTER = [
    # name, local part, department, is_head, aliases
    ("王思远", "wangsiyuan", "项目管理部", True, "王经理;Wang Siyuan;Steven Wang;Steven"),
    ("许可", "xuke", "项目管理部", False, "Xu Ke;小许;Kelly Xu;Kelly"),
    ("钱国栋", "qianguodong", "工艺部", True, "钱总;Qian Guodong;David Qian"),
    ("沈佳怡", "shenjiayi", "工艺部", False, "Shen Jiayi;Jenny Shen;佳怡;Jenny"),
    ("陆振华", "luzhenhua", "工艺部", False, "Lu Zhenhua;陆工;小陆"),
    ("蔡明哲", "tsaiminche", "新竹技术服务部", True, "蔡經理;蔡经理;Tsai Ming-Che;Jimmy Tsai"),
    ("林育萱", "linyuhsuan", "新竹技术服务部", False, "林育萱;Lin Yu-Hsuan;Sharon Lin;育萱"),
    ("陳柏翰", "chenpohan", "新竹技术服务部", False, "陈柏翰;Chen Po-Han;Bohan Chen;柏翰"),
    ("Tan Wei Ming", "tanweiming", "槟城制造部", True, "WM Tan;陈伟明;Wei Ming"),
    ("Nurul Aisyah", "nurul.aisyah", "槟城制造部", False, "Nurul;Aisyah;Nurul Aisyah binti Rahman"),
    ("Nguyễn Thanh Hải", "nguyen.hai", "槟城制造部", False, "Nguyen Thanh Hai;Hai Nguyen;Hải"),
    ("Michael Brooks", "mbrooks", "北美销售部", True, "Mike Brooks;Mike"),
    ("Laura Martínez", "lmartinez", "北美销售部", False, "Laura Martinez;Laura"),
    ("Klaus Weber", "kweber", "欧洲应用中心", True, "Klaus;Weber"),
    ("Anna Kowalska", "akowalska", "欧洲应用中心", False, "Anna;Kowalska"),
    ("Pieter de Vries", "pdevries", "欧洲应用中心", False, "Pieter;de Vries"),
    ("Sophie Laurent", "slaurent", "欧洲应用中心", False, "Sophie;Laurent"),
    ("顾海燕", "guhaiyan", "供应链部", True, "顾经理;Gu Haiyan;Helen Gu;Helen"),
    ("佐藤健", "sato.ken", "供应链部", False, "Ken Sato;Sato-san;佐藤;さとう"),
    ("朴智恩", "park.jieun", "供应链部", False, "Park Ji-eun;Jieun Park;Jieun;박지은"),
    ("吴晓东", "wuxiaodong", "质量部", True, "吴总;Wu Xiaodong"),
    ("何欣然", "hexinran", "质量部", False, "He Xinran;欣然;Cindy He"),
    ("丁磊", "dinglei", "软件部", True, "丁工;Ding Lei"),
    ("邵一鸣", "shaoyiming", "软件部", False, "Shao Yiming;Ethan Shao;一鸣;Ethan"),
]
P = {}
_heads = {dep: local for name, local, dep, head, _ in ROSTER if head}
for name, local, dep, head, aliases in ROSTER:
    P[name] = {"name": name, "email": f"{local}@{DOM}", "department": dep,
               "manager_email": "" if head else f"{_heads[dep]}@{DOM}", "aliases": aliases}

EXT = {"黃志明": "jm.huang@jingcheng-semi.example.tw"}
