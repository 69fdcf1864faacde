"""Roster of the four organisations (and the outsiders who write)."""

A_DOM = "ycqcgj.example.gov.cn"       # 河源市源城区城市管理和综合执法局
B_DOM = "jincheng-parts.example.cn"   # 天津津骋自行车配件有限公司 (静海)
C_DOM = "zhenxun.example.com"         # 东莞臻循网络科技有限公司
D_DOM = "nordvik.example.com"         # Nordvik Paper Technology (Rizhao) Co., Ltd.

# name, email, department, manager_email, aliases
ROSTER = [
    # ---- A: 源城区城管局 (government office)
    ("叶国平", "yeguoping@" + A_DOM, "局领导", "", "叶局;叶局长;Ye Guoping"),
    ("曾志强", "zengzhiqiang@" + A_DOM, "局领导", "yeguoping@" + A_DOM, "曾局;曾副局长;Zeng Zhiqiang"),
    ("黄丽娟", "huanglijuan@" + A_DOM, "局办公室", "zengzhiqiang@" + A_DOM, "黄主任;Huang Lijuan"),
    ("邱小雯", "qiuxiaowen@" + A_DOM, "局办公室", "huanglijuan@" + A_DOM, "小邱;Qiu Xiaowen"),
    ("温建华", "wenjianhua@" + A_DOM, "市容环境卫生股", "zengzhiqiang@" + A_DOM, "温股长;温股;Wen Jianhua"),
    ("钟伟明", "zhongweiming@" + A_DOM, "市政设施股", "zengzhiqiang@" + A_DOM, "钟股长;Zhong Weiming"),
    ("廖春梅", "liaochunmei@" + A_DOM, "园林绿化股", "zengzhiqiang@" + A_DOM, "廖股长;Liao Chunmei"),
    ("谢文斌", "xiewenbin@" + A_DOM, "执法监督股", "zengzhiqiang@" + A_DOM, "谢股长;Xie Wenbin"),
    ("刘晓东", "liuxiaodong@" + A_DOM, "数字城管指挥中心", "zengzhiqiang@" + A_DOM, "刘主任;Liu Xiaodong"),
    ("张嘉怡", "zhangjiayi@" + A_DOM, "数字城管指挥中心", "liuxiaodong@" + A_DOM, "嘉怡;小张;Zhang Jiayi"),
    ("赖振华", "laizhenhua@" + A_DOM, "执法一中队", "zengzhiqiang@" + A_DOM, "赖队;赖中队长;Lai Zhenhua"),
    ("古月明", "guyueming@" + A_DOM, "执法二中队", "zengzhiqiang@" + A_DOM, "古队;古中队长;Gu Yueming"),
    # ---- B: 津骋自行车配件 (private manufacturer, Jinghai, Tianjin)
    ("王建军", "wangjianjun@" + B_DOM, "总经办", "", "王总;Wang Jianjun"),
    ("刘金柱", "liujinzhu@" + B_DOM, "生产部", "wangjianjun@" + B_DOM, "刘厂长;刘经理;柱子哥;Liu Jinzhu"),
    ("杜海", "duhai@" + B_DOM, "生产部", "liujinzhu@" + B_DOM, "杜主任;海子;Du Hai"),
    ("孙慧敏", "sunhuimin@" + B_DOM, "品质部", "wangjianjun@" + B_DOM, "孙经理;Sun Huimin"),
    ("田野", "tianye@" + B_DOM, "品质部", "sunhuimin@" + B_DOM, "小田;Tian Ye"),
    ("王磊", "wanglei@" + B_DOM, "技术部", "wangjianjun@" + B_DOM, "王工;磊哥;Wang Lei"),
    ("赵春燕", "zhaochunyan@" + B_DOM, "采购部", "wangjianjun@" + B_DOM, "赵主管;Zhao Chunyan"),
    ("马振江", "mazhenjiang@" + B_DOM, "仓储部", "liujinzhu@" + B_DOM, "马主管;老马;仓储主管;Ma Zhenjiang"),
    ("李婷", "liting@" + B_DOM, "外贸部", "wangjianjun@" + B_DOM, "李经理;Tina;Tina Li"),
    ("张雨", "zhangyu@" + B_DOM, "外贸部", "liting@" + B_DOM, "Rain;Rain Zhang;Zhang Yu"),
    ("陈淑芬", "chenshufen@" + B_DOM, "财务部", "wangjianjun@" + B_DOM, "陈姐;陈会计;Chen Shufen"),
    # ---- C: 臻循 (online second-hand luxury platform, Dongguan)
    ("邓家豪", "dengjiahao@" + C_DOM, "总裁办", "", "邓总;豪哥;Jiahao Deng"),
    ("罗佩珊", "luopeishan@" + C_DOM, "鉴定中心", "dengjiahao@" + C_DOM, "罗老师;珊姐;羅佩珊;Peishan Luo"),
    ("钱思远", "qiansiyuan@" + C_DOM, "鉴定中心", "luopeishan@" + C_DOM, "钱老师;錢思遠;Siyuan Qian"),
    ("陈嘉欣", "chenjiaxin@" + C_DOM, "商品运营部", "dengjiahao@" + C_DOM, "Kelly;Kelly Chen;嘉欣"),
    ("黎子健", "lizijian@" + C_DOM, "商品运营部", "chenjiaxin@" + C_DOM, "子健;阿健;Zijian Li"),
    ("莫晓彤", "moxiaotong@" + C_DOM, "用户增长部", "dengjiahao@" + C_DOM, "Sylvia;Sylvia Mo"),
    ("黄梓晴", "huangziqing@" + C_DOM, "市场部", "dengjiahao@" + C_DOM, "梓晴;Ziqing Huang"),
    ("方慧", "fanghui@" + C_DOM, "客服中心", "dengjiahao@" + C_DOM, "方主管;慧姐;Hui Fang"),
    ("冼振宇", "xianzhenyu@" + C_DOM, "研发中心", "dengjiahao@" + C_DOM, "Jason;Jason Xian;宇哥"),
    ("叶俊杰", "yejunjie@" + C_DOM, "研发中心", "xianzhenyu@" + C_DOM, "Jay;Jay Ye;俊杰"),
    ("何志坚", "hezhijian@" + C_DOM, "仓储物流部", "dengjiahao@" + C_DOM, "何主管;坚哥;Zhijian He"),
    ("袁淑仪", "yuanshuyi@" + C_DOM, "财务部", "dengjiahao@" + C_DOM, "袁经理;Shirley;Shirley Yuan"),
    ("苏嘉敏", "sujiamin@" + C_DOM, "法务合规部", "dengjiahao@" + C_DOM, "苏律;苏律师;Carmen Su"),
    # ---- D: Nordvik Paper Technology (Rizhao) (Finnish-owned service centre) + HQ
    ("Mikko Virtanen", "mikko.virtanen@" + D_DOM, "Management", "", "Mikko;MV;米科"),
    ("Aino Lehtonen", "aino.lehtonen@" + D_DOM, "Field Service", "mikko.virtanen@" + D_DOM, "Aino;AL"),
    ("韩立强", "leo.han@" + D_DOM, "Field Service", "aino.lehtonen@" + D_DOM, "Leo;Leo Han;韩工;Han Liqiang"),
    ("乔宇", "joe.qiao@" + D_DOM, "Field Service", "aino.lehtonen@" + D_DOM, "Joe;Joe Qiao;乔工;Qiao Yu"),
    ("郑佳", "jenny.zheng@" + D_DOM, "Spare Parts", "mikko.virtanen@" + D_DOM, "Jenny;Jenny Zheng;Zheng Jia"),
    ("牟海龙", "hailong.mou@" + D_DOM, "Workshop", "mikko.virtanen@" + D_DOM, "Hailong;Hailong Mou;牟主管;海龙"),
    ("秦晓", "sharon.qin@" + D_DOM, "HSE", "mikko.virtanen@" + D_DOM, "Sharon;Sharon Qin;Qin Xiao"),
    ("丁莉", "lily.ding@" + D_DOM, "Finance & Admin", "mikko.virtanen@" + D_DOM, "Lily;Lily Ding;Ding Li"),
    ("Jussi Korhonen", "jussi.korhonen@" + D_DOM, "HQ Product Support", "", "Jussi;JK"),
    ("Sanna Mäkelä", "sanna.makela@" + D_DOM, "HQ Logistics", "", "Sanna;Sanna Makela"),
    # ---- outsiders who write (department and manager left empty on purpose)
    ("卢建华", "lujianhua@hengtong-steel.example.cn", "", "", "卢经理;Lu Jianhua"),
    ("林怡君", "lin.yijun@jianzhen-auth.example.com.tw", "", "", "Yijun Lin;怡君"),
    ("厉建新", "lijianxin@luhua-paper.example.cn", "", "", "厉厂长;Li Jianxin"),
    ("江涛", "jiangtao@luhua-paper.example.cn", "", "", "江科长;Jiang Tao"),
    ("Thomas Brandt", "thomas.brandt@kessler-walzen.example.de", "", "", "Thomas"),
]

BY_NAME = {r[0]: r for r in ROSTER}


def P(name, display=None):
    """(display name, email) of a roster person."""
    r = BY_NAME[name]
    return (display if display is not None else r[0], r[1])


def owner_fields(name):
    r = BY_NAME[name]
    return r[0], r[1], (r[2] or None)
