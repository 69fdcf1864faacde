"""The four organisations of heldout57 and the roster the bot knows."""
from h57_lib import person, ROSTER

W = "yuanfei-kite.example.cn"       # 潍坊鸢飞风筝文创有限公司
K = "kilbride-cz.example.com"       # Kilbride Medical Optics (Changzhou)
KIE = "kilbride.example.ie"         # Kilbride Medical Optics Ltd., Galway (parent)
L = "ldyjj.example.gov.cn"          # 丽水市莲都区应急管理局
D = "cangerstay.example.cn"         # 大理苍洱栖居酒店管理有限公司

BOT = {"W": "minutes@" + W, "K": "minutes@" + K, "L": "minutes@" + L, "D": "minutes@" + D}
BOTNAME = {"W": "纪要助手", "K": "Minutes Bot", "L": "会议纪要助手", "D": "纪要助手"}

def bot(o):
    return (BOTNAME[o], BOT[o])

# --- W: 潍坊鸢飞风筝文创 (kites, kite-themed cultural products; export + e-commerce)
person("sunlj", "孙立军", "sunlijun@" + W, "总经办", "", "孙总;Sun Lijun")
person("hanm", "韩梅", "hanmei@" + W, "总经办", "sunlijun@" + W, "梅姐;Han Mei")
person("liuzd", "刘振东", "liuzhendong@" + W, "生产部", "sunlijun@" + W, "刘工;刘主任;Liu Zhendong")
person("wangxl", "王秀兰", "wangxiulan@" + W, "生产部", "liuzhendong@" + W, "王班长;秀兰;Wang Xiulan")
person("tanzy", "谭志勇", "tanzhiyong@" + W, "设计部", "sunlijun@" + W, "谭老师;Tan Zhiyong")
person("xuj", "许佳", "xujia@" + W, "设计部", "tanzhiyong@" + W, "小许;Xu Jia;Jasmine Xu;Jasmine")
person("zhaoym", "赵一鸣", "zhaoyiming@" + W, "电商部", "sunlijun@" + W, "赵经理;Zhao Yiming;Ivan Zhao")
person("qiul", "邱露", "qiulu@" + W, "电商部", "zhaoyiming@" + W, "露露;Qiu Lu")
person("zhenghb", "郑海波", "zhenghaibo@" + W, "外贸部", "sunlijun@" + W, "郑经理;Zheng Haibo;Bob Zheng")
person("songtt", "宋婷婷", "songtingting@" + W, "外贸部", "zhenghaibo@" + W, "宋专员;Tiffany Song;Tiffany;婷婷")
person("gaojh", "高建华", "gaojianhua@" + W, "采购部", "sunlijun@" + W, "高经理;Gao Jianhua")
person("jiangm", "蒋敏", "jiangmin@" + W, "财务部", "sunlijun@" + W, "蒋总监;Jiang Min")

# --- K: Kilbride Medical Optics (Changzhou) Co., Ltd. (Irish-owned contact-lens plant, Wujin)
person("zhouhf", "周海峰", "jason.zhou@" + K, "Management", "", "Jason Zhou;Jason;周总;Zhou Haifeng")
person("linsy", "林思雨", "cindy.lin@" + K, "Quality", "jason.zhou@" + K, "Cindy Lin;Cindy;林经理")
person("caoy", "曹阳", "sunny.cao@" + K, "Quality", "cindy.lin@" + K, "Sunny Cao;Sunny;曹工")
person("luw", "陆伟", "david.lu@" + K, "Production", "jason.zhou@" + K, "David Lu;David;陆经理")
person("tangxf", "唐晓峰", "tony.tang@" + K, "Engineering", "jason.zhou@" + K, "Tony Tang;Tony;唐工")
person("shenj", "沈洁", "jessica.shen@" + K, "Supply Chain", "jason.zhou@" + K, "Jessica Shen;Jessica;沈经理")
person("konglf", "孔令飞", "kevin.kong@" + K, "EHS", "jason.zhou@" + K, "Kevin Kong;Kevin;孔工")
person("fangl", "方琳", "linda.fang@" + K, "Regulatory", "jason.zhou@" + K, "Linda Fang;Linda")
person("niamh", "Niamh O'Connell", "niamh.oconnell@" + KIE, "Group Quality", "", "Niamh")
person("ciaran", "Ciarán Byrne", "ciaran.byrne@" + KIE, "Group Engineering", "", "Ciaran Byrne;Ciarán;Ciaran")
person("aoife", "Aoife Walsh", "aoife.walsh@" + KIE, "Group Product", "", "Aoife")

# --- L: 丽水市莲都区应急管理局 (district emergency management bureau)
person("chenggd", "程国栋", "chengguodong@" + L, "局领导", "", "程局;程局长")
person("panxl", "潘晓丽", "panxiaoli@" + L, "局领导", "chengguodong@" + L, "潘局;潘副局长")
person("yejh", "叶建华", "yejianhua@" + L, "综合减灾科", "panxiaoli@" + L, "叶科长;叶科")
person("lanyq", "蓝雨晴", "lanyuqing@" + L, "综合减灾科", "yejianhua@" + L, "小蓝;蓝雨晴同志")
person("wujp", "吴建平", "wujianping@" + L, "安全生产监督管理科", "panxiaoli@" + L, "吴科长;吴科")
person("leizy", "雷振宇", "leizhenyu@" + L, "安全生产监督管理科", "wujianping@" + L, "小雷;雷工")
person("maohf", "毛慧芳", "maohuifang@" + L, "办公室", "chengguodong@" + L, "毛主任")
person("zhongn", "钟宁", "zhongning@" + L, "办公室", "maohuifang@" + L, "小钟")
person("zhulx", "朱立新", "zhulixin@" + L, "应急指挥中心", "panxiaoli@" + L, "朱主任")
person("jic", "季晨", "jichen@" + L, "应急指挥中心", "zhulixin@" + L, "小季;季工")

# --- D: 大理苍洱栖居酒店管理 (boutique guesthouse chain, Dali)
person("yangcy", "杨春燕", "yangchunyan@" + D, "总经办", "", "杨总;燕姐")
person("duanzh", "段志华", "duanzhihua@" + D, "运营中心", "yangchunyan@" + D, "段经理;老段;Duan Zhihua")
person("zhaoq", "赵茜", "zhaoqian@" + D, "运营中心", "duanzhihua@" + D, "茜茜;Chloe;Chloe Zhao")
person("lism", "李绍明", "lishaoming@" + D, "工程部", "yangchunyan@" + D, "李工;绍明")
person("hel", "和丽", "heli@" + D, "客房部", "duanzhihua@" + D, "和经理;He Li")
person("sux", "苏晓", "suxiao@" + D, "客房部", "heli@" + D, "小苏")
person("shiyh", "施宇航", "shiyuhang@" + D, "渠道营销部", "yangchunyan@" + D, "施经理;Yuhang;Shi Yuhang")
person("dongjy", "董佳怡", "dongjiayi@" + D, "渠道营销部", "shiyuhang@" + D, "佳怡;Joy;Joy Dong")
person("yinhm", "尹红梅", "yinhongmei@" + D, "财务部", "yangchunyan@" + D, "尹姐;尹会计")
person("dul", "杜磊", "dulei@" + D, "人事行政部", "yangchunyan@" + D, "小杜;Du Lei")


def P(key):
    """(display name, email) for To/Cc lines."""
    p = ROSTER[key]
    return (p["name"], p["email"])


def EN(key, en):
    """English display name (how Outlook shows a K employee)."""
    return (en, ROSTER[key]["email"])


ORDER = list(ROSTER)
