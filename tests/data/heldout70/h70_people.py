"""The four organisations of heldout70 and the roster the bot knows."""
from h70_common import person

# A. 黄石市下陆区水利和湖泊局 (Huangshi, Hubei) - government unit
GA = "xlslhj.example.gov.cn"
BOT_A = ("纪要助手", "jiyao@" + GA)
person("程建国", "chengjianguo@" + GA, "局领导", "", "程局;程局长")
person("费晓敏", "feixiaomin@" + GA, "办公室", "chengjianguo@" + GA, "费主任;晓敏")
person("柯文涛", "kewentao@" + GA, "河湖管理科", "chengjianguo@" + GA, "柯科长;柯科;老柯")
person("汪丽", "wangli@" + GA, "河湖管理科", "kewentao@" + GA, "小汪;汪丽丽")
person("石磊", "shilei@" + GA, "工程建设科", "chengjianguo@" + GA, "石科长;石工")
person("占海燕", "zhanhaiyan@" + GA, "水旱灾害防御科", "chengjianguo@" + GA, "占科长;海燕")
person("胡俊", "hujun@" + GA, "水旱灾害防御科", "zhanhaiyan@" + GA, "胡工;小胡")
person("吕冬梅", "lvdongmei@" + GA, "水政监察大队", "chengjianguo@" + GA, "吕队;吕队长")
person("陶志远", "taozhiyuan@" + GA, "工程建设科", "shilei@" + GA, "陶工;小陶")

# B. 六安羽丰羽绒制品有限公司 (Lu'an, Anhui) - down and feather products, exports to France
GB = "yufeng-down.example.cn"
BOT_B = ("纪要助手", "minutes@" + GB)
person("鲍志强", "baozhiqiang@" + GB, "总经理办公室", "", "鲍总;Bao Zhiqiang")
person("储婷婷", "chutingting@" + GB, "外贸部", "baozhiqiang@" + GB, "储经理;Tina Chu;Tina")
person("项阳", "xiangyang@" + GB, "外贸部", "chutingting@" + GB, "小项;Sunny Xiang;Sunny")
person("许德胜", "xudesheng@" + GB, "生产部", "baozhiqiang@" + GB, "许主管;老许")
person("邵玲", "shaoling@" + GB, "品质部", "baozhiqiang@" + GB, "邵经理;邵工;Ling Shao;Shao Ling")
person("鲁堃", "lukun@" + GB, "采购部", "baozhiqiang@" + GB, "鲁经理;堃哥")
person("孙浩", "sunhao@" + GB, "采购部", "lukun@" + GB, "小孙;Sun Hao")
person("江雪", "jiangxue@" + GB, "财务部", "baozhiqiang@" + GB, "江会计;江姐")
person("汤明", "tangming@" + GB, "生产部", "xudesheng@" + GB, "汤班长;小汤")

# C. Lindqvist Saw Tools (Yongkang) Co., Ltd. 林奎斯特锯切工具（永康）, Swedish-owned; parent Lindqvist Sågverktyg AB, Sandviken
GC = "lindqvist-yk.example.cn"
GS = "lindqvist-tools.example.se"
BOT_C = ("Minutes Bot", "minutebot@" + GC)
person("Magnus Ekström", "magnus.ekstrom@" + GC, "Management", "", "Magnus;ME;艾明思")
person("应晓峰", "ying.xiaofeng@" + GC, "Production", "magnus.ekstrom@" + GC, "Frank Ying;Frank;应工;Ying")
person("楼佳", "lou.jia@" + GC, "Quality", "magnus.ekstrom@" + GC, "Joy Lou;Joy;Lou Jia;楼工")
person("胡晨曦", "hu.chenxi@" + GC, "Supply Chain", "magnus.ekstrom@" + GC, "Cathy Hu;Cathy;Chenxi")
person("陈锋", "chen.feng@" + GC, "Engineering", "magnus.ekstrom@" + GC, "Chen Feng;Feng;Vincent Chen;Vincent")
person("周蕾", "zhou.lei@" + GC, "HR & Admin", "magnus.ekstrom@" + GC, "Lily Zhou;Lily")
person("施宇航", "shi.yuhang@" + GC, "Engineering", "chen.feng@" + GC, "Eric Shi;Eric;Yuhang")
person("Karin Sjöberg", "karin.sjoberg@" + GS, "Group Quality", "", "Karin;KS")
person("Erik Lund", "erik.lund@" + GS, "Product Management", "", "Erik;Product owner Erik")

# D. 菏泽花韵牡丹生物科技有限公司 (Heze, Shandong) - peony seed oil, cut peonies, peony cosmetics
GD = "huayun-peony.example.cn"
BOT_D = ("纪要机器人", "minutes@" + GD)
person("田振华", "tianzhenhua@" + GD, "总经理办公室", "", "田总;田董;Mr. Tian;Tian Zhenhua")
person("孟晓", "mengxiao@" + GD, "研发部", "tianzhenhua@" + GD, "孟经理;孟博;孟博士;Dr. Meng;Meng Xiao")
person("崔亮", "cuiliang@" + GD, "种植基地", "tianzhenhua@" + GD, "崔主管;亮子;崔场长")
person("郜丹", "gaodan@" + GD, "电商部", "tianzhenhua@" + GD, "郜经理;丹丹;Dana Gao;Dana")
person("牛建伟", "niujianwei@" + GD, "生产部", "tianzhenhua@" + GD, "牛工;老牛;牛主任")
person("葛慧", "gehui@" + GD, "行政部", "tianzhenhua@" + GD, "葛主任")
person("单雨桐", "shanyutong@" + GD, "市场部", "tianzhenhua@" + GD, "小单;Tina Shan")
person("樊青", "fanqing@" + GD, "研发部", "mengxiao@" + GD, "樊工;小樊")
person("祁红梅", "qihongmei@" + GD, "种植基地", "cuiliang@" + GD, "祁组长;红梅")

# people outside the roster (appear only in headers)
EXT = {
    "camille": ("Camille Roussel", "camille.roussel@plumes-aubrac.example.fr"),
    "olivier": ("Olivier Vidal", "o.vidal@plumes-aubrac.example.fr"),
    "goose": ("霍邱县丰羽养殖合作社 周永福", "zhouyongfu@hqfengyu-coop.example.cn"),
    "steel": ("Gao Wenbin", "gaowenbin@jinbang-strip.example.cn"),
    "sokha": ("Sokha Chan", "sokha.chan@angkor-botanica.example.com.kh"),
    "dara": ("Dara Meas", "dara.meas@angkor-botanica.example.com.kh"),
    "street": ("新下陆街道 王建平", "wangjianping@xxljd.example.gov.cn"),
    "design": ("鄂东水利勘测设计院 梅工", "meiqiang@edsjy.example.cn"),
}
