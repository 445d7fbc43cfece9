#!/usr/bin/env python3
"""Writes the saved-site fixtures under src/test/resources/pages/site (SAMPLE data: fictional
青禾区 pages, written for gongkai in the shapes of real government CMS templates, copied from no
site). Run from the repository root; it rewrites the folder and expected.tsv."""
import os, shutil

ROOT = "src/test/resources/pages/site"
AG = ["青禾区民政局", "青禾区财政局", "青禾区农业农村局", "青禾区人民政府办公室", "青禾区医疗保障局",
      "青禾区住房和城乡建设局", "青禾区教育局"]
CAT = ["社会保障", "财政", "农业农村", "综合政务", "卫生健康", "城乡建设", "教育"]

# key, title, doc_no, agency idx, written, published, expected type, paragraphs, table rows, attachments, validity
ITEMS = [
 ("t20250301_1001", "青禾区民政局关于开展2025年困难群众春节慰问工作的通知", "青禾民发〔2025〕3号", 0, "2025-01-06", "2025-01-08", "通知",
  ["各街道办事处、镇人民政府：", "为做好2025年春节期间困难群众慰问工作，现将有关事项通知如下。", "一、慰问对象为辖区内城乡低保对象、特困供养人员和孤儿。", "二、慰问标准为每户500元，于1月20日前发放到位。"], None, [], ""),
 ("t20250302_1002", "关于2025年城乡居民基本医疗保险缴费标准的公告", "", 4, "2025-02-10", "2025-02-12", "公告",
  ["根据省、市有关规定，现将我区2025年城乡居民医保缴费标准公告如下。", "个人缴费标准为每人每年400元，特困人员由财政全额资助。", "缴费可通过村（社区）代收点或手机银行办理。"], None, [], ""),
 ("t20250303_1003", "青禾区2025年第一批农村危房改造对象名单公示", "", 5, "2025-03-01", "2025-03-03", "公示",
  ["经农户申请、村级评议、镇级审核，现将2025年第一批农村危房改造对象名单予以公示。", "公示期为2025年3月3日至3月9日，如有异议请向区住建局反映。"],
  [["序号", "镇", "村", "户主姓名", "改造方式"], ["1", "青禾镇", "柳河村", "王某某", "维修加固"], ["2", "石门镇", "石门村", "李某某", "原址重建"]], [], ""),
 ("t20250304_1004", "青禾区临时救助实施办法", "青禾政发〔2025〕4号", 3, "2025-02-20", "2025-03-04", "规范性文件",
  ["第一条 为发挥临时救助兜底作用，根据《社会救助暂行办法》，结合本区实际，制定本办法。", "第二条 临时救助对象包括急难型和支出型困难家庭。", "第三条 本办法自2025年4月1日起施行。"], None, [], ""),
 ("t20250305_1005", "《青禾区临时救助实施办法》政策解读", "", 0, "2025-03-05", "2025-03-06", "政策解读",
  ["一、出台背景：原办法施行已满五年，部分标准需要调整。", "二、主要内容：明确救助对象、标准和审批时限，急难情形可先行救助。", "三、施行时间：自2025年4月1日起施行。"], None, [], ""),
 ("t20250306_1006", "青禾区城乡居民养老保险参保登记办事指南", "", 3, "2025-03-01", "2025-03-07", "办事指南",
  ["办理对象：年满16周岁、不是在校学生、未参加职工养老保险的本区户籍居民。", "办理材料：居民身份证或户口簿。", "办理地点：户籍所在地村（社区）便民服务站，工作日上午9时至下午5时。"], None, [], ""),
 ("t20250307_1007", "青禾区2024年度区级部门预算公开情况说明", "", 1, "2024-12-28", "2025-01-15", "其他",
  ["按照预算公开要求，现将我区2024年度区级部门预算公开情况说明如下。", "全区共有46个部门公开了部门预算，公开率为100%。"],
  [["项目", "金额（万元）"], ["一般公共预算支出", "128,600"], ["政府性基金预算支出", "35,200"]], [], ""),
 ("t20250310_1010", "关于做好2025年春季森林草原防灭火工作的通知", "青禾政办发〔2025〕6号", 3, "2025-03-08", "2025-03-10", "通知",
  ["各镇人民政府、街道办事处，区直各有关单位：", "当前已进入春季森林草原防火紧要期，为切实做好防灭火工作，现就有关事项通知如下。", "一、严格管控野外用火，清明期间在重点林区设卡检查。", "二、各单位要落实24小时值班制度，发现火情立即报告。"], None, [], ""),
 ("t20250311_1011", "青禾区2025年高标准农田建设项目招标公告", "", 2, "2025-03-09", "2025-03-11", "公告",
  ["青禾区2025年高标准农田建设项目已批准建设，现对该项目施工进行公开招标。", "项目建设规模为1.2万亩，计划工期180日历天。", "投标文件递交截止时间为2025年4月1日上午9时30分。"], None, [], ""),
 ("t20250312_1012", "青禾区2025年农机购置补贴资金兑付情况公示", "", 2, "2025-03-10", "2025-03-12", "公示",
  ["现将2025年第一批农机购置补贴资金兑付情况公示如下，接受社会监督。"],
  [["购机者", "所在村", "机具品目", "补贴额（元）"], ["张某某", "柳河村", "轮式拖拉机", "12,000"], ["赵某某", "石门村", "谷物联合收割机", "36,500"]], [], ""),
 ("t20250313_1013", "青禾区学前教育资助管理办法", "青禾教发〔2025〕2号", 6, "2025-03-01", "2025-03-13", "规范性文件",
  ["第一条 为规范学前教育资助工作，保障家庭经济困难儿童接受学前教育，制定本办法。", "第二条 资助标准为每生每年1000元，按学期发放。", "第十条 本办法由区教育局负责解释。"], None, [], ""),
 ("t20250314_1014", "关于调整青禾区最低生活保障标准的通知", "青禾政发〔2025〕9号", 3, "2025-03-12", "2025-03-14", "通知",
  ["各镇人民政府、街道办事处：", "经区政府研究决定，自2025年4月1日起调整全区最低生活保障标准。", "城市低保标准由每人每月780元提高到820元，农村低保标准由每人每年7200元提高到7600元。"], None, [], ""),
 ("t20250315_1015", "青禾区2025年一季度政府信息公开工作情况", "", 3, "2025-04-01", "2025-04-03", "其他",
  ["一季度，全区共主动公开政府信息1,238条，其中规范性文件12件。", "受理依申请公开15件，均已按期答复。"], None, [], ""),
 ("t20250316_1016", "关于公布青禾区第二批区级非物质文化遗产代表性项目名录的公告", "青禾政发〔2025〕11号", 3, "2025-03-15", "2025-03-16", "公告",
  ["经专家评审和社会公示，区政府批准青禾剪纸等8个项目为第二批区级非物质文化遗产代表性项目，现予公布。", "各镇街要做好项目保护传承工作。"], None, [], ""),
 ("t20250317_1017", "青禾区2025年度城乡居民大病保险政策解读", "", 4, "2025-03-16", "2025-03-17", "政策解读",
  ["问：大病保险起付线是多少？答：2025年度起付线为1.5万元。", "问：报销比例有何变化？答：起付线以上部分报销60%，困难群众提高到70%。"], None, [], ""),
 ("t20250318_1018", "青禾区农村宅基地申请审批办事指南", "", 2, "2025-03-17", "2025-03-18", "办事指南",
  ["申请条件：本集体经济组织成员以户为单位申请，一户只能拥有一处宅基地。", "办理流程：农户申请、村级审查、镇级审批、区级备案。", "承诺时限：20个工作日。"], None, [], ""),
 ("t20250319_1019", "柳河村2025年第一季度村务财务公开", "", 2, "2025-04-05", "2025-04-08", "其他",
  ["柳河村2025年第一季度财务收支情况公开如下，村民如有疑问可向村务监督委员会反映。"],
  [["项目", "收入（元）", "支出（元）"], ["上级转移支付", "85,000", ""], ["村道维修", "", "23,600"], ["保洁员工资", "", "18,000"]], [], ""),
 ("t20250320_1020", "青禾区2025年义务教育阶段学校招生入学工作通知", "青禾教发〔2025〕5号", 6, "2025-03-18", "2025-03-20", "通知",
  ["各中小学校：", "为做好2025年义务教育阶段招生入学工作，现将有关事项通知如下。", "一、坚持免试就近入学，公办学校不得以考试方式选拔学生。", "二、网上报名时间为2025年5月10日至5月20日。"], None, [], ""),
 ("t20250321_1021", "青禾区2025年城镇老旧小区改造计划公示", "", 5, "2025-03-19", "2025-03-21", "公示",
  ["根据全区城镇老旧小区改造工作安排，现将2025年拟改造小区名单公示如下。", "公示时间为2025年3月21日至3月27日。"],
  [["序号", "小区名称", "楼栋数", "户数"], ["1", "和平小区", "12", "384"], ["2", "粮站家属院", "4", "96"]], [], ""),
 ("t20250322_1022", "青禾区物业服务管理办法", "青禾政规〔2025〕1号", 5, "2025-03-10", "2025-03-22", "规范性文件",
  ["第一条 为规范物业管理活动，维护业主和物业服务企业的合法权益，制定本办法。", "第二条 本区行政区域内的物业管理活动适用本办法。", "第三十条 本办法自发布之日起施行，有效期五年。"], None, [], ""),
 ("t20250323_1023", "青禾区关于2024年度区级决算的说明", "", 1, "2025-03-20", "2025-03-23", "其他",
  ["2024年全区一般公共预算收入完成23.6亿元，同比增长4.2%。", "一般公共预算支出完成41.8亿元，民生支出占比82%。"], None, [], ""),
 ("t20250324_1024", "关于印发《青禾区城乡居民医疗救助办法》的通知", "青禾医保发〔2025〕3号", 4, "2025-03-20", "2025-03-24", "规范性文件",
  ["各镇人民政府、街道办事处：", "现将《青禾区城乡居民医疗救助办法》印发给你们，请认真贯彻执行。", "本办法自2025年5月1日起施行。"], None, [], ""),
 ("t20250325_1025", "青禾区2025年春耕备耕农资价格监测情况", "", 2, "2025-03-24", "2025-03-25", "其他",
  ["3月下旬全区主要农资价格总体平稳，尿素每吨2,150元，复合肥每吨3,100元。", "区农业农村局将继续做好价格监测。"], None, [], ""),
 ("t20250326_1026", "青禾区2024年度政府信息公开工作年度报告", "", 3, "2025-01-20", "2025-01-25", "其他",
  ["本报告根据《中华人民共和国政府信息公开条例》编制。", "2024年，全区共主动公开政府信息5,216条，受理依申请公开47件。", "本报告电子版可在青禾区人民政府门户网站下载。"], None, [], ""),
 ("t20250328_1028", "青禾区农村低保对象认定办法（试行）", "青禾民规〔2024〕2号", 0, "2024-06-01", "2024-06-10", "规范性文件",
  ["第一条 为规范农村低保对象认定工作，制定本办法。", "第二条 认定工作坚持公开、公平、公正原则。", "第二十条 本办法自印发之日起试行。"], None, [], "已废止"),
 ("t20250327_1027", "关于青禾区2025年事业单位公开招聘拟聘用人员的公示", "", 3, "2025-03-25", "2025-03-27", "公示",
  ["根据事业单位公开招聘有关规定，经考试、体检和考察，现将拟聘用人员名单予以公示。", "公示期为7个工作日，监督电话0000-1234567（示例）。"],
  [["姓名", "报考岗位", "总成绩"], ["刘某", "青禾镇农业综合服务中心", "78.6"], ["陈某", "区疾病预防控制中心", "81.2"]], [], ""),
 ("t20250329_1029", "青禾区2025年春季学期学生资助资金发放公示", "", 6, "2025-03-26", "2025-03-29", "公示",
  ["现将2025年春季学期学生资助资金发放情况公示如下。"],
  [["学段", "受助人数", "资助金额（元）"], ["学前教育", "312", "156,000"], ["普通高中", "540", "540,000"]], [], ""),
 ("t20250330_1030", "关于开展2025年全国安全生产月活动的通知", "青禾安委办〔2025〕2号", 3, "2025-03-28", "2025-03-30", "通知",
  ["各镇人民政府、街道办事处，区安委会各成员单位：", "根据上级安排，决定在全区开展2025年安全生产月活动，现将有关事项通知如下。", "活动时间为2025年6月1日至30日，主题为“人人讲安全、个个会应急”。"], None, [], ""),
 ("t20250331_1031", "青禾区退役军人优待证申领办事指南", "", 3, "2025-03-29", "2025-03-31", "办事指南",
  ["申领对象：户籍在本区的退役军人和其他优抚对象。", "申领方式：通过线上平台或到镇（街道）退役军人服务站申请。", "办理时限：材料齐全的，15个工作日内制证。"], None, [], ""),
 ("t20250401_1032", "青禾区2025年第一批就业见习基地认定结果公告", "", 3, "2025-03-30", "2025-04-01", "公告",
  ["经单位申报、资格审核和实地核查，认定青禾区农产品加工园等6家单位为2025年第一批就业见习基地，现予公告。", "见习基地要按规定为见习人员购买人身意外伤害保险。"], None, [], ""),
 ("t20250402_1033", "青禾区2025年城乡居民基本养老保险缴费档次调整政策解读", "", 0, "2025-04-01", "2025-04-02", "政策解读",
  ["一、调整内容：缴费档次由12个调整为14个，最高档提高到每年6000元。", "二、政府补贴：选择500元以上档次的，每人每年补贴不低于60元。"], None, [], ""),
 ("t20250403_1034", "青禾区农村集体经济组织成员身份确认指导意见", "青禾农发〔2025〕4号", 2, "2025-03-31", "2025-04-03", "其他",
  ["为规范农村集体经济组织成员身份确认工作，提出如下指导意见。", "成员身份确认以户籍关系为基础，兼顾土地承包关系和对集体积累的贡献。"], None, [], ""),
 ("t20250404_1035", "青禾区2025年耕地地力保护补贴发放通知", "青禾农发〔2025〕6号", 2, "2025-04-01", "2025-04-04", "通知",
  ["各镇人民政府：", "2025年耕地地力保护补贴标准为每亩105元，补贴资金通过惠农“一卡通”直接发放到户。", "请于4月30日前完成面积核实工作。"], None, [], ""),
]

# family f: a hand-made template with no class names at all; only text and link density can find the article
ITEMS_F = [
 ("art_2025_0501", "青禾区关于开展夏季农村饮水安全排查的通知", "青禾水发〔2025〕7号", 2, "2025-04-28", "2025-05-01", "通知",
  ["各镇人民政府：", "为保障夏季农村饮水安全，决定在全区开展饮水工程隐患排查，现将有关事项通知如下。", "一、排查范围为全区集中供水工程和分散供水点。", "二、各镇于5月31日前报送排查结果。"], None, [], ""),
 ("art_2025_0502", "青禾区2025年第二季度公益性岗位补贴发放公示", "", 3, "2025-05-01", "2025-05-02", "公示",
  ["现将2025年第二季度公益性岗位补贴发放情况予以公示，公示期5个工作日。"],
  [["姓名", "岗位", "补贴金额（元）"], ["孙某某", "村级保洁", "2,400"], ["周某某", "护林员", "2,400"]], [], ""),
 ("art_2025_0503", "青禾区居民门诊慢特病待遇认定办事指南", "", 4, "2025-05-02", "2025-05-03", "办事指南",
  ["认定对象：参加本区城乡居民医保并患有规定慢特病的人员。", "申请材料：身份证、近一年内二级以上医院的病历和检查报告。", "办理时限：受理后10个工作日内完成认定。"], None, [], ""),
]

ATTACH = {"t20250303_1003": [("青禾区2025年第一批农村危房改造对象名单.xlsx", "P020250303_1.xlsx")],
          "t20250304_1004": [("青禾区临时救助实施办法.pdf", "P020250304_1.pdf")],
          "t20250324_1024": [("青禾区城乡居民医疗救助办法.docx", "P020250324_1.docx")]}

# the last line of each attachment's text, as the importer indexes it after the page
ATTACH_END = {"t20250303_1003": "3 青禾镇 西坡村 韩某某 维修加固", "t20250304_1004": "第五条 支出型临时救助标准为当地低保标准的三至六倍。",
              "t20250324_1024": "第三条 年度救助限额为每人三万元。"}

SAMPLE = "<!-- 示例页面 (SAMPLE): 为 gongkai 测试编写的虚构页面, 青禾区并不存在; 不摘自任何网站 -->"
FOOTER_TXT = "主办单位：青禾区人民政府办公室（示例） 网站标识码：0000000000 备案号：示ICP备00000000号"


def ch(d):  # 2025-03-01 -> 2025年03月01日
    y, m, dd = d.split("-"); return f"{y}年{m}月{dd}日"


def paras(it, style="p"):
    out = "".join(f"<p>{p}</p>\n" for p in it[7])
    if it[8]:
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in it[8])
        out += f'<table border="1" class="MsoNormalTable">\n{rows}</table>\n'
    sig = AG[it[3]]
    out += f'<p style="text-align:right">{sig}</p>\n<p style="text-align:right">{ch(it[4])}</p>\n'
    for name, f in ATTACH.get(it[0], []):
        out += f'<p>附件：<a href="./{f}">{name}</a></p>\n'
    return out


def nav():
    return ('<div class="top-links"><a href="/">首页</a> <a href="/xxgk/">政务公开</a> <a href="/bsfw/">办事服务</a> '
            '<a href="/hdjl/">互动交流</a> <a href="/zjqh/">走进青禾</a> <a href="/search/">站内搜索</a></div>\n')


def fam_a(it):  # national-portal-like policy page: no <title>, layout tables, bold padded labels, UCAP content
    k, t, no, a, w, p = it[:6]
    idx = f"11000000QH0000{a}/2025-{k[-5:]}"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">{SAMPLE}
<meta name="SiteName" content="青禾区人民政府"></head><body>
<table width="100%"><tr><td class="logo-cell"><img src="../../images/logo.png">青禾区人民政府</td></tr></table>
{nav()}<table width="1000" class="border-table"><tr><td>
<table class="bd1" width="900">
<tr><td width="80"><b>索 引 号：</b></td><td>{idx}</td><td width="80"><b>主题分类：</b></td><td>{CAT[a]}</td></tr>
<tr><td><b>发文机关：</b></td><td>{AG[a]}</td><td><b>成文日期：</b></td><td>{ch(w)}</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">{t}</td></tr>
<tr><td><b>发文字号：</b></td><td>{no}</td><td><b>发布日期：</b></td><td>{ch(p)}</td></tr>
</table>
<table width="900"><tr><td class="b12c" id="UCAP-CONTENT">
{paras(it)}</td></tr></table>
<div class="dy"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</td></tr></table>
<div class="bottom-bar"><p>{FOOTER_TXT}</p><p>地址：青禾区人民路1号　邮编：000000</p></div>
</body></html>"""


def fam_b(it):  # county page on an intensive platform: site-wide <title>, breadcrumb, li/span metadata, #zoom
    k, t, no, a, w, p = it[:6]
    idx = f"QH{a:02d}-0{k[-4:]}/2025"
    no_li = f'<li><span class="lab">文　　号：</span><span>{no}</span></li>' if no else '<li><span class="lab">文　　号：</span><span></span></li>'
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">{SAMPLE}
<title>青禾区人民政府</title><meta name="ColumnName" content="通知公告"></head><body>
<div class="head-wrap"><div class="site-name">青禾区人民政府</div>{nav()}</div>
<div class="crumbs-box">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; <a href="/xxgk/tzgg/">通知公告</a></div>
<div class="main-box"><div class="left-col"><ul class="col-list"><li><a href="/xxgk/zcwj/">政策文件</a></li><li><a href="/xxgk/tzgg/">通知公告</a></li><li><a href="/xxgk/czzj/">财政资金</a></li><li><a href="/xxgk/rsxx/">人事信息</a></li></ul></div>
<div class="right-col">
<div class="xxgk-head"><ul>
<li><span class="lab">索 引 号：</span><span>{idx}</span></li>
<li><span class="lab">发布机构：</span><span>{AG[a]}</span></li>
<li><span class="lab">生成日期：</span><span>{w}</span></li>
<li><span class="lab">公开日期：</span><span>{p}</span></li>
{no_li}
<li><span class="lab">组配分类：</span><span>{CAT[a]}</span></li>
</ul></div>
<div class="article-box"><h1 class="article-title">{t}</h1>
<div class="article-info">发布时间：{p} 10:30　来源：{AG[a]}　浏览次数：<span id="hits">128</span></div>
<div id="zoom" class="article-content">
{paras(it)}</div>
<div class="share-bar">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="xglj"><h4>相关链接</h4><ul><li><a href="/a.html">青禾区2024年度政府信息公开工作年度报告</a></li><li><a href="/b.html">关于做好2025年春季森林草原防灭火工作的通知</a></li></ul></div>
</div></div></div>
<div class="ft">{FOOTER_TXT}<br>技术支持：示例信息技术有限公司</div>
</body></html>"""


def fam_c(it):  # older TRS-style page served as GB2312: th/td labels without colons, pages_content > TRS_Editor
    k, t, no, a, w, p = it[:6]
    idx = f"{a:03d}QH/{p[:4]}-{k[-4:]}"
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">{SAMPLE}
<title>{t}_青禾区人民政府</title></head><body>
<table width="100%" class="top"><tr><td>青禾区人民政府门户网站</td><td>{nav()}</td></tr></table>
<div class="wzdh">您现在的位置：<a href="/">首页</a>&gt;&gt;<a href="/zwgk/">政务公开</a></div>
<table class="xxgk_table" width="100%">
<tr><th>索&nbsp;引&nbsp;号</th><td>{idx}</td><th>信息分类</th><td>{CAT[a]}</td></tr>
<tr><th>发布机构</th><td>{AG[a]}</td><th>发文日期</th><td>{p}</td></tr>
<tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;称</th><td colspan="3">{t}</td></tr>
<tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号</th><td>{no}</td><th>成文日期</th><td>{w}</td></tr>
</table>
<div class="pages_content"><div class="TRS_Editor">
{paras(it)}</div></div>
<table width="100%" class="bot"><tr><td>{FOOTER_TXT}</td></tr></table>
</body></html>"""


def fam_d(it):  # Hanweb-like: labels as plain text lines in one cell, heading cell, #zoom, font-size tools
    k, t, no, a, w, p = it[:6]
    idx = f"QH-{k[-4:]}-{a}"
    docline = f"文号：{no}<br>" if no else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">{SAMPLE}
<title>{t}</title><meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="{p} 09:00"></head><body>
<div class="toubu">青禾区人民政府 {nav()}</div>
<div class="weizhi">您的位置：<a href="/">首页</a> &gt; <a href="/col/col12/">信息公开目录</a></div>
<table width="980"><tr><td class="xxgk_info">
信息索引号：{idx}<br>
发布机构：{AG[a]}　　生成日期：{ch(w)}<br>
{docline}公开方式：主动公开　　公开日期：{ch(p)}<br>
主题分类：{CAT[a]}
</td></tr>
<tr><td class="bt_title" align="center">{t}</td></tr>
<tr><td class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 【<a href="#">打印</a>】 【<a href="#">关闭</a>】</td></tr>
<tr><td><div id="zoom">
{paras(it)}</div></td></tr></table>
<div class="dibu"><p>{FOOTER_TXT}</p><p>网站地图 | 联系我们 | 无障碍浏览</p></div>
</body></html>"""


def fam_e(it):  # dl/dt/dd metadata, <article>, site <title>, 有效性 field
    k, t, no, a, w, p = it[:6]
    idx = f"QH{p[:4]}{k[-4:]}"
    valid = it[10] or "有效"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">{SAMPLE}
<title>青禾区人民政府门户网站</title><meta name="SiteName" content="青禾区人民政府门户网站"></head><body>
<header><nav>{nav()}</nav></header>
<main><div class="container">
<h2 class="channel-title">政府信息公开</h2>
<div class="meta-box"><dl>
<dt>标　　题：</dt><dd>{t}</dd>
<dt>索 引 号：</dt><dd>{idx}</dd>
<dt>发布单位：</dt><dd>{AG[a]}</dd>
<dt>发文字号：</dt><dd>{no}</dd>
<dt>成文日期：</dt><dd>{w}</dd>
<dt>发布日期：</dt><dd>{p}</dd>
<dt>主题分类：</dt><dd>{CAT[a]}</dd>
<dt>有 效 性：</dt><dd>{valid}</dd>
</dl></div>
<article class="detail">
{paras(it)}</article>
<div class="relevant"><p>相关文章：</p><ul><li><a href="/x1.html">青禾区最低生活保障标准调整</a></li><li><a href="/x2.html">青禾区临时救助实施办法</a></li></ul></div>
</div></main>
<footer><p>{FOOTER_TXT}</p></footer>
</body></html>"""


def fam_f(it):  # no class names anywhere: nav, labels in a bare div, footer all anonymous; title only in <title>
    k, t, no, a, w, p = it[:6]
    idx = f"QHF-{k[-4:]}"
    doc = f"　　文号：{no}" if no else ""
    links = "".join(f'<a href="/c{i}.html">栏目{i}</a> ' for i in range(1, 9))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">{SAMPLE}
<title>{t} - 青禾区人民政府</title></head><body>
<div><div>{links}</div>
<div>索引号：{idx}　　发布单位：{AG[a]}{doc}</div>
<div>成文日期：{w}　　发布日期：{p}　　分类：{CAT[a]}</div>
<div>
{paras(it)}</div>
<div><a href="/p1.html">上一篇：青禾区2025年植树造林工作总结</a><br><a href="/p2.html">下一篇：青禾区防汛抗旱指挥部成员名单</a></div>
<div>{links}</div>
<div>{FOOTER_TXT}</div></div>
</body></html>"""


FAMILIES = [("a", "zcwj", fam_a, "utf-8"), ("b", "xxgk/tzgg", fam_b, "utf-8"), ("c", "zwgk/gsgg", fam_c, "gb18030"),
            ("d", "col/col12/art", fam_d, "utf-8"), ("e", "zfxxgk/fdzdgknr", fam_e, "utf-8")]


def list_page(title, links):
    lis = "".join(f'<li><a href="{h}">{x}</a><span>2025-03-{i+1:02d}</span></li>\n' for i, (x, h) in enumerate(links))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">{SAMPLE}<title>{title}_青禾区人民政府</title></head><body>
{nav()}<div class="crumbs-box">当前位置：<a href="/">首页</a> &gt; {title}</div>
<div class="list-box"><h2>{title}</h2><ul>
{lis}</ul><div class="pager"><a href="index_1.html">下一页</a> <a href="index_9.html">尾页</a></div></div>
<div class="ft">{FOOTER_TXT}</div></body></html>"""


def main():
    # pages are rewritten; attachments (written by SampleAttachments.java) are kept
    for dp, _, fs in os.walk(ROOT):
        for f in fs:
            if not f.startswith("P0"):
                os.remove(os.path.join(dp, f))
    rows = []
    all_links = []
    jobs = [(FAMILIES[i % len(FAMILIES)], it) for i, it in enumerate(ITEMS)]
    jobs += [(("f", "html/zwgk", fam_f, "utf-8"), it) for it in ITEMS_F]
    for (fam, folder, fn, enc), it in jobs:
        k = it[0]
        sub = f"{folder}/{it[5][:7].replace('-', '')}"
        path = f"{sub}/{k}.html"
        os.makedirs(f"{ROOT}/{sub}", exist_ok=True)
        html = fn(it)
        if enc != "utf-8":
            html = html.replace("charset=gb2312", "charset=gb2312")
        with open(f"{ROOT}/{path}", "wb") as f:
            f.write(html.encode(enc))
        for name, af in ATTACH.get(k, []):
            if not os.path.exists(f"{ROOT}/{sub}/{af}"):
                with open(f"{ROOT}/{sub}/{af}", "wb") as f:
                    f.write(b"SAMPLE attachment placeholder: run scripts/SampleAttachments.java\n")
        all_links.append((it[1], "/" + path))
        last = (AG[it[3]] + "\n\n" + ch(it[4]))
        first = it[7][0]
        if fam in ("a",):
            idx = f"11000000QH0000{it[3]}/2025-{k[-5:]}"
        elif fam == "b":
            idx = f"QH{it[3]:02d}-0{k[-4:]}/2025"
        elif fam == "c":
            idx = f"{it[3]:03d}QH/{it[5][:4]}-{k[-4:]}"
        elif fam == "f":
            idx = f"QHF-{k[-4:]}"
        elif fam == "d":
            idx = f"QH-{k[-4:]}-{it[3]}"
        else:
            idx = f"QH{it[5][:4]}{k[-4:]}"
        att = "；".join(n for n, _ in ATTACH.get(k, []))
        repealed = it[5] if it[10] == "已废止" and fam == "e" else ""
        rows.append("\t".join([path, fam, it[1], it[5], it[4], it[2], idx, AG[it[3]], CAT[it[3]], it[6], repealed,
                               first, ch(it[4]) if not ATTACH.get(k) else ATTACH_END[k], att]))
    # a mirror reaches one article through a second channel path: same page, imported once
    dup_src = rows[6].split("\t")[0]
    os.makedirs(f"{ROOT}/zwgk/tzgg/202501", exist_ok=True)
    shutil.copy(f"{ROOT}/{dup_src}", f"{ROOT}/zwgk/tzgg/202501/" + dup_src.split("/")[-1])
    with open(f"{ROOT}/index.html", "w", encoding="utf-8") as f:
        f.write(list_page("青禾区人民政府", all_links[:15]))
    for folder, title, part in [("xxgk/tzgg", "通知公告", all_links[1::5]), ("zcwj", "政策文件", all_links[0::5]),
                                ("zwgk/gsgg", "公示公告", all_links[2::5])]:
        with open(f"{ROOT}/{folder}/index.html", "w", encoding="utf-8") as f:
            f.write(list_page(title, part + all_links[20:28]))
    os.makedirs(f"{ROOT}/css", exist_ok=True)
    os.makedirs(f"{ROOT}/images", exist_ok=True)
    with open(f"{ROOT}/css/style.css", "w") as f:
        f.write("body { font-family: sans-serif; }\n")
    with open(f"{ROOT}/images/logo.png", "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
    header = "path\tfamily\ttitle\tpublished\twritten\tdoc_no\tindex_no\tagency\tcategory\ttype\trepealed\tbody_start\tbody_end\tattachments"
    with open("src/test/resources/pages/expected.tsv", "w", encoding="utf-8") as f:
        f.write("# SAMPLE fixtures written by scripts/sample-pages.py; every field expected from each saved page\n")
        f.write(header + "\n" + "\n".join(rows) + "\n")


main()
