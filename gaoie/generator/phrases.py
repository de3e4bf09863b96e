"""How real reports phrase each indicator: clause templates, grounded in the corpus excerpts.

``[...]`` marks the mention, ``<Q>`` the quantity; ``[text|id]`` and ``<Q:id>`` tie a mention to
its own quantity where a clause has several. Units: the raw units reports write for each.
"""
from __future__ import annotations

# Raw units written for each indicator (the first is the most common).
UNITS = {
    "条": ["条", "条", "条", "篇", "则"],
    "件": ["件", "件", "件", "件次", "份", "个", "起"],
    "次": ["次", "次", "场", "场次", "期"],
    "期": ["期", "期"],
    "篇": ["篇", "篇", "条", "期", "件"],
    "人": ["人", "名", "名", "人"],
    "人次": ["人次", "人次", "人"],
    "个": ["个", "个", "处"],
    "项": ["项"],
    "万元": ["万元", "元"],
}

PROSE = {
    "proactive.total": [
        "全年共[主动公开政府信息]<Q>", "{scope}[主动公开各类政府信息]<Q>", "{scope}累计[公开政府信息]<Q>",
        "共[发布各类信息]<Q>", "[主动公开信息]<Q>", "{scope}通过各种渠道[主动公开政府信息]共计<Q>",
        "{scope}共[公开各类信息]<Q>", "[主动公开]政府信息总数<Q>", "本年度[主动公开政府信息]总量达<Q>",
        "{scope}[主动公开]各类政务信息<Q>", "全年[主动公开政府信息]数量为<Q>",
        # the headline stated on the portal (the report's only count): still proactive.total
        "通过{portal}[主动公开政府信息]<Q>", "在{portal}[主动公开信息]<Q>", "{portal}共[公开各类信息]<Q>",
        "利用本单位门户网站[主动公开政府信息]<Q>", "{portal}[发布各类信息]<Q>",
    ],
    "proactive.website": [
        "通过[政府门户网站]公开信息<Q>", "[政府网站]发布信息<Q>", "在[门户网站]发布<Q>", "[网站公开信息]<Q>",
        "通过区[政府网站]主动公开<Q>", "[政府网站]公开政府信息<Q>", "在政府信息公开[网站]发布各类信息<Q>",
        "依托[政府门户网站]发布政务信息<Q>",
    ],
    "proactive.weibo": ["[政务微博]发布<Q>", "通过[官方微博]发布信息<Q>", "[政务微博]公开信息<Q>", "[微博]发布<Q>"],
    "proactive.wechat": ["[政务微信]发布<Q>", "[微信公众号]发布信息<Q>", "通过[政务微信]公开<Q>", "[微信]推送信息<Q>"],
    "proactive.gazette_items": ["通过[政府公报]公开信息<Q>", "[政府公报]刊登政府信息<Q>", "在[政府公报]公开<Q>"],
    "proactive.gazette_issues": ["编印《{place}[政府公报]》<Q>", "[发行政府公报]<Q>", "刊发《[政府公报]》<Q>", "编发[政府公报]<Q>",
                                 "全年出版[政府公报]<Q>"],
    "proactive.other_channels": ["通过[公开栏]、电子显示屏等[其他方式]公开信息<Q>", "[其他方式公开]<Q>",
                                 "利用政务公开栏等[其他方式]公开信息<Q>", "“{place}发布”[今日头条号]发布信息<Q>",
                                 "[抖音号]发布短视频<Q>", "[政务公开栏]张贴公示信息<Q>", "通过市[档案馆]主动公开文件<Q>",
                                 "[头条号]推送<Q>", "政务[视频号]发布<Q>"],
    "proactive.normative_docs": ["公开[规范性文件]<Q>", "主动公开[规范性文件]<Q>", "[规范性文件数]<Q>", "其中[规范性文件]<Q>"],
    "interpret.press_conferences": ["召开[新闻发布会]<Q>", "举办[新闻发布会]<Q>", "组织召开[新闻发布会]<Q>",
                                    "参加[新闻发布会]<Q>", "举行[新闻发布活动]<Q>"],
    "interpret.online_interviews": ["开展[在线访谈]<Q>", "组织[在线访谈]活动<Q>", "举办网上[在线访谈]<Q>"],
    "interpret.policy_interpretations": ["发布[政策解读]<Q>", "开展[政策解读]<Q>", "发布[解读稿件]<Q>", "制作图文[解读]<Q>",
                                         "[解读文件]<Q>", "发布各类[政策解读]材料<Q>", "共[解读]省、市级文件<Q>",
                                         "[解读]重要政策文件<Q>"],
    "interpret.hot_responses": ["[回应社会关切]<Q>", "回应[公众关注热点]<Q>", "[回应重大舆情]<Q>", "及时回应[热点舆情]<Q>"],
    "request.received": [
        "共[收到政府信息公开申请]<Q>", "{scope}受理[政府信息公开申请]<Q>", "全年共受理[依申请公开]申请<Q>",
        "[收到申请]<Q>", "共接收[政府信息公开申请]<Q>", "办理[依申请公开]事项<Q>", "受理[依申请公开政府信息]<Q>",
        "收到公民、法人和其他组织提出的[政府信息公开申请]<Q>", "新收[政府信息公开申请]<Q>", "共收到[信息公开申请]<Q>",
        "受理群众[申请公开政府信息]<Q>", "收到[依申请公开]<Q>", "[本年新收政府信息公开申请数量]为<Q>",
        "收到[依申请公开请求]<Q>", "共收到[依申请公开]请求<Q>",
    ],
    "request.received_online": ["其中[网上申请]<Q>", "通过[网络申请]<Q>", "[网上申请]<Q>", "通过网站[在线申请]<Q>"],
    "request.received_in_person": ["[当面申请]<Q>", "现场[当面申请]<Q>"],
    "request.received_mail": ["[信函申请]<Q>", "通过[信函]提出<Q>"],
    "request.received_fax": ["[传真申请]<Q>"],
    "request.carried_over": ["[上年结转]<Q>", "[上年度结转]申请<Q>", "另有[上年结转]申请<Q>",
                             "{prev}年[结转]政府信息公开申请<Q>", "(含[上年结转]<Q>)"],
    "request.granted": ["[予以公开]<Q>", "[同意公开]<Q>", "[予以公开]的<Q>", "答复[同意公开]<Q>"],
    "request.partial": ["[部分公开]<Q>", "[同意部分公开]<Q>", "[部分公开]的<Q>"],
    "request.refused": ["[不予公开]<Q>", "[不同意公开]<Q>", "[不予公开]的<Q>"],
    "request.unavailable": ["[无法提供]<Q>", "[无法提供]的<Q>"],
    "request.not_processed": ["[不予处理]<Q>", "[不予处理]的<Q>"],
    "request.other_handling": ["[其他处理]<Q>", "[其他处理]的<Q>"],
    "request.not_exist": ["[信息不存在]<Q>", "申请[信息不存在]的<Q>"],
    "request.not_this_agency": ["[不属于本机关公开]<Q>", "[不属于本行政机关]职责范围的<Q>", "[非本机关掌握]<Q>"],
    "review.upheld": ["[维持]<Q>", "[结果维持]<Q>", "复议[维持]<Q>"],
    "review.corrected": ["[纠正]<Q>", "[结果纠正]<Q>", "被[纠错]<Q>"],
    "review.other": ["[其他结果]<Q>", "[撤销复议申请]<Q>", "申请人[撤回]<Q>"],
    "review.pending": ["[尚未审结]<Q>", "[正在审理中]<Q>"],
    "request.already_public": ["[属于已主动公开范围]<Q>"],
    "request.result_total": ["依法[办结]<Q>", "已全部[办结]<Q>", "[办结]<Q>", "[答复]<Q>"],
    "request.closed": ["[办结]<Q>", "按期[办结]<Q>", "已[办结]<Q>"],
    "request.closed_on_time": ["[按时办结]<Q>", "均在法定期限内[按时办结]<Q>"],
    "request.answered": ["已[答复]<Q>", "[答复]<Q>"],
    "request.carried_forward": ["[结转下年度继续办理]<Q>", "[结转下年度]办理<Q>", "[顺延到下年度]<Q>",
                                "[结转{next}年度继续办理]<Q>", "[结转下年]<Q>"],
    # 2021-format reasons, said in prose: 属于四类过程性信息1件, 本办不掌握相关政府信息2件
    "request.refused_process": ["属于[四类过程性信息]<Q>", "[属于四类过程性信息]的<Q>"],
    "request.refused_internal": ["属于[三类内部事务信息]<Q>"],
    "request.refused_state_secret": ["[属于国家秘密]<Q>", "涉及[国家秘密]<Q>"],
    "request.refused_third_party": ["[保护第三方合法权益]<Q>"],
    "request.unavailable_not_held": ["[本机关不掌握相关政府信息]<Q>", "本办[不掌握相关政府信息]<Q>",
                                     "[不掌握相关政府信息]的<Q>"],
    "request.unavailable_needs_creation": ["[没有现成信息需要另行制作]<Q>", "[需要另行制作]的<Q>"],
    "request.not_processed_repeat": ["[重复申请]<Q>"],
    "request.not_processed_petition": ["属于[信访举报投诉类申请]<Q>"],
    "request.other_other": ["[其他]<Q>(申请人自行撤回)", "[其他情形]<Q>"],
    "request.fees": ["[收取费用]<Q>", "共[收费]<Q>", "依申请公开[收取费用]<Q>"],
    "review.total": ["[行政复议]<Q>", "发生[行政复议]案件<Q>", "被申请[行政复议]<Q>", "涉及政府信息公开的[行政复议]<Q>"],
    "litigation.total": ["[行政诉讼]<Q>", "被提起[行政诉讼]<Q>", "发生[行政诉讼]案件<Q>"],
    "complaints.total": ["[投诉]<Q>", "[举报投诉]<Q>", "收到[申诉]<Q>"],
    "consult.total": ["受理[咨询]<Q>", "接待群众[咨询]<Q>", "答复[政策咨询]<Q>", "[受理咨询]<Q>", "办理[政务咨询]<Q>"],
    "consult.phone": ["[电话咨询]<Q>", "接听[咨询电话]<Q>", "通过[热线电话]答复咨询<Q>",
                      "接听“{hotline}”政务信息[查询专线电话]<Q>", "通过“{hotline}”[热线电话]解答咨询<Q>"],
    "consult.online": ["[网上咨询]<Q>", "答复[网上留言]<Q>", "[在线咨询]<Q>", "回复[在线提问]<Q>"],
    "consult.in_person": ["[现场咨询]<Q>", "[当面咨询]<Q>"],
    "capacity.staff": ["[工作人员]<Q>", "配备[从事政府信息公开工作人员]<Q>", "配备[专兼职工作人员]<Q>",
                       "[专兼职]人员<Q>", "安排[工作人员]<Q>", "共有[政府信息公开工作人员]<Q>"],
    "capacity.staff_full_time": ["[专职人员]<Q>", "[专职]工作人员<Q>", "配备[专职人员]<Q>", "[全职]工作人员<Q>"],
    "capacity.staff_part_time": ["[兼职人员]<Q>", "[兼职]工作人员<Q>"],
    "capacity.trainings": ["举办[培训班]<Q>", "组织[培训]<Q>", "开展业务[培训]<Q>", "举办政务公开[培训]<Q>"],
    "capacity.trainees": ["[培训人员]<Q>", "[参训]人员<Q>", "[培训]干部职工<Q>", "[培训]学员<Q>", "[参加培训]<Q>"],
    "capacity.reading_points": ["设立[查阅点]<Q>", "设置[政府信息公开查阅点]<Q>", "建成[查阅室]<Q>", "开设[查阅场所]<Q>"],
    "capacity.reading_visits": ["[接待查阅]<Q>", "接待群众[查阅]<Q>"],
    "capacity.meetings": ["召开[工作会议]<Q>", "召开政务公开[专题会议]<Q>"],
    "capacity.new_media_accounts": ["开设[政务新媒体]<Q>", "运营[政务新媒体]账号<Q>"],
    "capacity.websites": ["共建成[政府信息公开网站]<Q>", "开通部门[子网站]<Q>", "建成[政府信息公开网站]<Q>"],
}

# Quantity first, mention after: "813件政府信息公开申请", "2名专职人员".
PROSE_QFIRST = {
    "capacity.staff": ["<Q>[专兼职工作人员]", "<Q>[专兼职]人员", "配备了<Q>[政府信息公开工作人员]", "明确<Q>[信息公开工作人员]"],
    "request.received": ["<Q>[政府信息公开申请]", "<Q>[依申请公开]申请", "收到<Q>[依申请公开]请求", "接到<Q>[依申请公开政府信息]申请"],
    "proactive.normative_docs": ["<Q>[规范性文件]"],
    "capacity.staff_full_time": ["<Q>[专职人员]", "<Q>[专职]工作人员", "专门配备了<Q>[全职]工作人员"],
    "capacity.staff_part_time": ["<Q>[兼职人员]", "<Q>[兼职]工作人员"],
    "capacity.trainings": ["<Q>[培训]", "<Q>业务[培训]"],
    "interpret.press_conferences": ["<Q>[新闻发布会]"],
    "capacity.reading_points": ["<Q>[查阅点]"],
}

# Clauses that state zeros by negation: (template, ids). <N:cue> is the cue.
NEGATIONS = [
    ("<N:没有>收到[政府信息公开申请|request.received]", ["request.received"]),
    ("<N:未>收到[政府信息公开申请|request.received]", ["request.received"]),
    ("<N:未>接到[依申请公开|request.received]申请", ["request.received"]),
    ("<N:没有>因政府信息公开引发的[申诉|complaints.total]、[行政复议|review.total]和[行政诉讼|litigation.total]",
     ["complaints.total", "review.total", "litigation.total"]),
    ("<N:未>发生因政府信息公开引起的[行政复议|review.total]、[行政诉讼|litigation.total]",
     ["review.total", "litigation.total"]),
    ("<N:无>因政府信息公开申请提起[行政复议|review.total]和[行政诉讼|litigation.total]的情况",
     ["review.total", "litigation.total"]),
    ("<N:未>发生[行政复议|review.total]、[行政诉讼|litigation.total]及[举报投诉|complaints.total]案件",
     ["review.total", "litigation.total", "complaints.total"]),
    ("<N:没有>发生有关政府信息公开的[行政复议|review.total]案件", ["review.total"]),
    ("<N:未>发生政府信息公开[行政诉讼|litigation.total]", ["litigation.total"]),
    ("<N:未>收取任何[费用|request.fees]", ["request.fees"]),
    ("<N:没有>[收取费用|request.fees]", ["request.fees"]),
    ("<N:未>向申请人[收取费用|request.fees]", ["request.fees"]),
    ("<N:均未>收到[投诉|complaints.total]", ["complaints.total"]),
    ("<N:未>接到群众主动要求公开政府信息的[申请|request.received]", ["request.received"]),
    ("<N:未>收到公民、法人或其他组织提出的[政府信息公开申请|request.received]", ["request.received"]),
    ("<N:没有>发生政府信息公开方面的[行政复议|review.total]案、[行政诉讼|litigation.total]案和有关的[投诉|complaints.total]案",
     ["review.total", "litigation.total", "complaints.total"]),
    ("<N:无>涉及政府信息公开的[行政复议|review.total]、[行政诉讼|litigation.total]和[申诉|complaints.total]",
     ["review.total", "litigation.total", "complaints.total"]),
    ("<N:未>发生因政府信息公开问题申请[行政复议|review.total]和提起[行政诉讼|litigation.total]的案件",
     ["review.total", "litigation.total"]),
    ("依申请公开工作<N:未>[收取任何费用|request.fees]", ["request.fees"]),
    ("<N:无>[下年度结转|request.carried_forward]", ["request.carried_forward"]),
    ("<N:没有>[结转下年度继续办理|request.carried_forward]的申请", ["request.carried_forward"]),
]
PORTALS = ["区政府网站", "县政府门户网站", "厅门户网站", "市人民政府网站", "本单位门户网站", "政府信息公开网站",
           "局门户网站", "镇政府网站", "政府信息公开专栏"]

# Paired clauses, quantity first, joined by 及 / 和 / 、: "2名专职人员及158名兼职人员".
PAIRS = [
    (("capacity.staff_full_time", "<Q:a>[专职人员|capacity.staff_full_time]"),
     ("capacity.staff_part_time", "<Q:b>[兼职人员|capacity.staff_part_time]")),
    (("capacity.trainings", "组织[培训|capacity.trainings]<Q:a>"), ("capacity.trainees", "<Q:b>[学员|capacity.trainees]")),
    (("capacity.trainings", "开展[培训|capacity.trainings]<Q:a>"), ("capacity.trainees", "<Q:b>[人次|capacity.trainees]")),
    (("interpret.press_conferences", "<Q:a>[新闻发布会|interpret.press_conferences]"),
     ("interpret.online_interviews", "<Q:b>[在线访谈|interpret.online_interviews]")),
]
PAIR_JOINERS = ["及", "和", "、", ",", "以及"]
# Numbers of categories and of other things, said the way facts are said: never facts.
NON_FACT_CLAUSES = [
    "主动公开各机构职能信息{n3}份、政策法规信息{n2}份、规划计划{n2}份",
    "向查阅场所提供主动公开政府信息{n3}件",
    "(含未填写申请书)",
    "为群众解决各类难题{n3}件",
    "发放宣传单{n3}份,接待群众{n3}人次",
    "其中文件类信息{n2}条、动态类信息{n3}条",
    "回复网民留言{n2}条",
    "{next}年计划开展政府信息公开业务培训{n1}次",
    "下一步将举办新闻发布会{n1}场",
    "比上年增加{n2}条",
    "自2008年以来累计主动公开政府信息{n3}条",
    "为民服务中心受理办结服务事项{n3}件",
    "其中:政府网站中镇村情况{n2}条,民生服务{n2}条,财政资金{n2}条",
    "上年度收到政府信息公开申请{n2}件",
    "全年受理“12345”热线事项{n3}件,其中:咨询{n2}件,投诉{n2}件,建议{n2}件,求助{n2}件,其他{n2}件",
    "于文件印发之日起{n1}个工作日内发布解读",
    "从未发生政务公开失控和泄密现象",
    "有的部门认为没有政务公开的内容",
    "未经审查的信息不得公开发布",
    "无一例因信息公开引发的泄密事件",
    "{next}年计划开展政务公开培训{n1}次",
    "其他主动公开类信息{n1}条",
    "主动公开环境质量信息{n2}篇",
    "政务动态{n2}条,领导之窗{n1}条,信息公开{n1}条,职能职责{n1}条",
    "政协委员提案{n1}件实时公开",
    "公开财政资金类信息{n3}条、公共资源配置类信息{n2}条",
    "细化公开财政预决算和“三公”经费信息{n1}条",
    "经清理,共保留规范性文件{n3}件、修改规范性文件{n2}件、废止规范性文件{n2}件",
    "清理规范性文件{n2}件,保留{n2}件",
    "(包括工作动态{n3}条,规范性文件{n1}条,其他主动公开文件{n2}条,财政信息{n2}条,规划总结{n1}条)",
]

SCOPES = ["全市", "全县", "全区", "市本级", "本级", "全镇", "我局", "我委", "市政府", "区政府", "县政府", "",
          "省政府及省直单位", "各市(地)政府及市直单位", "各县级政府及县直单位", "市直各部门", "各乡镇(街道)",
          "县级各部门", "全市各级行政机关"]
# A trend said after a fact (a percentage: no quantity): the fact stands.
TRENDS = [",较上年增长{pct}%", ",同比增长{pct}%", ",同比下降{pct}%", ",比上年增加{pct}%", ",是上年的{x}倍"]
PLACES = ["金华", "华安", "东山", "江口", "青阳", "临溪", "平湖", "石门", "南城", "长宁", "永安", "白河", "新丰", "安远"]
LEVEL_SUFFIX = ["市", "县", "区", "镇", "市人民政府", "县人民政府", "区人民政府", "市交通运输局", "县卫生健康局",
                "区民政局", "市生态环境局", "县教育局", "街道办事处", "乡人民政府", "市市场监督管理局"]

OPENERS = ["{year}年,", "{year}年度,", "全年", "本年度", "一年来,", "{year}年{scope}", "报告期内,", ""]
CONNECT = [",", ",", ";", "。", ",同时", ",另外"]

# Sentences around the facts: numbers that are no indicator.
DISTRACTORS = [
    "报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。",
    "如对本报告有疑问,请与{body}办公室联系(地址:{place}市人民路{n3}号,邮编:{postcode},电话:0{n3}-{phone})。",
    "根据《中华人民共和国政府信息公开条例》(国务院令第711号)要求,编制本报告。",
    "印发《{place}{year}年政务公开工作要点》({abbr}办发〔{year}〕{n2}号),明确重点任务{n2}项。",
    "依申请公开办结率达100%,按时答复率{pct}%。",
    "网站全年访问量达{big}人次,较上年增长{pct}%。",
    "全{unitword}{n2}个乡镇(街道)、{n2}个部门均设立了政务公开工作机构。",
    "投入资金{n3}万元用于政府网站集约化建设。",
    "12345政务服务便民热线共受理群众诉求{big}件,办结率{pct}%。",
    "办理人大代表建议{n2}件、政协提案{n2}件,办复率100%。",
    "重点领域信息专栏{n2}个,更新信息{n3}条,占全部信息的{pct}%。",
    "组织机构类信息{n2}条,规划计划类信息{n2}条,业务工作类信息{n3}条。",
    "发布时间:{year}-0{m}-{d2}",
    "修订完善《政府信息公开指南》和《政府信息公开目录》,梳理政务服务事项{n3}项。",
    "在第{n1}季度政府网站检查中获评优秀,排名全市第{n1}。",
    "市长信箱收到群众来信{n3}封,全部按时办结。",
    "组织开展政务公开日活动{n1}次,邀请{n2}名群众代表走进机关。",
]
