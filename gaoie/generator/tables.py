"""Statistics tables of the three formats, as pipe rows, consistent (totals are sums)."""
from __future__ import annotations

from .builder import Slot

APPLICANTS = ("natural_person", "commercial", "research", "public_interest", "legal_service", "other_org")

PRE2019_ROWS = [
    ("(一)主动公开政府信息数", "条", "proactive.total"),
    ("其中:主动公开规范性文件数", "件", "proactive.normative_docs"),
    ("1.政府公报公开政府信息数", "条", "proactive.gazette_items"),
    ("2.政府网站公开政府信息数", "条", "proactive.website"),
    ("3.政务微博公开政府信息数", "条", "proactive.weibo"),
    ("4.政务微信公开政府信息数", "条", "proactive.wechat"),
    ("5.其他方式公开政府信息数", "条", "proactive.other_channels"),
    ("(一)收到申请数", "件", "request.received"),
    ("1.当面申请数", "件", "request.received_in_person"),
    ("2.传真申请数", "件", "request.received_fax"),
    ("3.网络申请数", "件", "request.received_online"),
    ("4.信函申请数", "件", "request.received_mail"),
    ("四、行政复议数量", "件", "review.total"),
    ("五、行政诉讼数量", "件", "litigation.total"),
    ("六、举报投诉数量", "件", "complaints.total"),
    ("(三)从事政府信息公开工作人员数", "人", "capacity.staff"),
    ("(二)举办各类培训班数", "次", "capacity.trainings"),
    ("(三)接受培训人员数", "人次", "capacity.trainees"),
]

# The outcome rows of table 三 (2021 format; the 2019 format has one (六)其他处理 row).
OUTCOME_ROWS = [
    ("三、本年度办理结果 | (一)予以公开", "request.granted"),
    ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "request.partial"),
    ("(三)不予公开 | 1.属于国家秘密", "request.refused_state_secret"),
    ("2.其他法律行政法规禁止公开", "request.refused_prohibited"),
    ("3.危及“三安全一稳定”", "request.refused_security"),
    ("4.保护第三方合法权益", "request.refused_third_party"),
    ("5.属于三类内部事务信息", "request.refused_internal"),
    ("6.属于四类过程性信息", "request.refused_process"),
    ("7.属于行政执法案卷", "request.refused_case_files"),
    ("8.属于行政查询事项", "request.refused_query"),
    ("(四)无法提供 | 1.本机关不掌握相关政府信息", "request.unavailable_not_held"),
    ("2.没有现成信息需要另行制作", "request.unavailable_needs_creation"),
    ("3.补正后申请内容仍不明确", "request.unavailable_unclear"),
    ("(五)不予处理 | 1.信访举报投诉类申请", "request.not_processed_petition"),
    ("2.重复申请", "request.not_processed_repeat"),
    ("3.要求提供公开出版物", "request.not_processed_publication"),
    ("4.无正当理由大量反复申请", "request.not_processed_massive"),
    ("5.要求行政机关确认或重新出具已获取信息", "request.not_processed_confirm"),
]
OTHER_ROWS_2021 = [
    ("(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "request.other_no_amend"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "request.other_fee_unpaid"),
    ("3.其他", "request.other_other"),
]
OTHER_ROWS_2019 = [("(六)其他处理", "request.other_handling")]


def _cell(gen, b, indicator: str, value: int, applicant=None, end: str = " | ") -> None:
    b.add_clause("<Q>" + end, Slot(indicator, float(value), str(value), False, gen.cat[indicator].unit),
                 source="table", applicant=applicant)


def table_pre2019(gen, b) -> None:
    b.add("附件\n政府信息公开情况统计表\n统计指标 | 单位 | 统计数 |\n")
    for label, unit, ind in PRE2019_ROWS:
        b.add(f"{label} | {unit} | ")
        _cell(gen, b, ind, gen.count(20, 0.4))
        b.add("\n")


def _split(gen, total: int) -> list[int]:
    """A total split over the six applicant columns, most of it natural persons."""
    values = [0] * 6
    for _ in range(total):
        values[0 if gen.rng.random() < 0.8 else gen.rng.randint(1, 5)] += 1
    return values


def _row(gen, b, label: str, ind: str, values: list[int]) -> None:
    b.add(f"{label} | ")
    for app, v in zip(APPLICANTS, values):
        _cell(gen, b, ind, v, app)
    _cell(gen, b, ind, sum(values))
    b.add("\n")


def _applicant_table(gen, b, other_rows) -> None:
    """Table 三, consistent: 一 + 二 = (七)总计 + 四 in every column, agreeing with the prose."""
    b.add("三、收到和处理政府信息公开申请情况\n")
    b.add("申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n")
    received = _split(gen, gen.values.get("request.received", gen.count(6, 0.3)))
    carried = _split(gen, gen.values.get("request.carried_over", gen.count(1, 0.7)))
    _row(gen, b, "一、本年新收政府信息公开申请数量", "request.received", received)
    _row(gen, b, "二、上年结转政府信息公开申请数量", "request.carried_over", carried)
    pool = [r + c for r, c in zip(received, carried)]
    rows = OUTCOME_ROWS + other_rows
    cells = {ind: [0] * 6 for _, ind in rows}
    for col in range(6):
        for _ in range(pool[col]):
            if gen.rng.random() < 0.9:
                ind = rows[gen.rng.choice([0, 0, 0, 1, 2, 7, 10, 10, 13, 14, len(rows) - 1])][1]
                cells[ind][col] += 1
    total = [sum(cells[ind][col] for _, ind in rows) for col in range(6)]
    for label, ind in rows:
        _row(gen, b, label, ind, cells[ind])
    _row(gen, b, "(七)总计", "request.result_total", total)
    _row(gen, b, "四、结转下年度继续办理", "request.carried_forward", [p - t for p, t in zip(pool, total)])


def _disputes_table(gen, b) -> None:
    b.add("四、政府信息公开行政复议、行政诉讼情况\n")
    b.add("行政复议 | | | | | 行政诉讼 | | | | | | | | | |\n")
    b.add("结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | " * 3 + "\n")
    review = gen.values.get("review.total", 0)
    groups = [("review", review), ("litigation.direct", gen.values.get("litigation.total", 0)), ("litigation.after_review", 0)]
    for prefix, total in groups:
        parts = [0, 0, 0, 0]
        for _ in range(total):
            parts[gen.rng.choice([0, 0, 1, 2, 3])] += 1
        for name, v in zip(("upheld", "corrected", "other", "pending"), parts):
            _cell(gen, b, f"{prefix}_{name}" if "." in prefix and prefix.count(".") else f"{prefix}.{name}", v)
        _cell(gen, b, f"{prefix}_total" if prefix.count(".") else f"{prefix}.total", total)
    b.add("\n")


def table_2019(gen, b) -> None:
    b.add("第二十条第(一)项 | | | |\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n规章 | ")
    for ind in ("rules.issued", "rules.published", "rules.valid"):  # a body that makes no rules: zeros, facts too
        _cell(gen, b, ind, 0, end=" |" if ind == "rules.valid" else " | ")
    b.add("\n规范性文件 | ")
    for ind in ("normative.issued", "normative.published", "normative.valid"):
        _cell(gen, b, ind, gen.count(5, 0.3))
    b.add("\n")
    _applicant_table(gen, b, OTHER_ROWS_2019)
    _disputes_table(gen, b)


def table_2021(gen, b) -> None:
    b.add("第二十条第(一)项 | | | |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n")
    b.add("行政规范性文件 | ")
    for ind in ("normative.issued", "normative.repealed", "normative.valid"):
        _cell(gen, b, ind, gen.count(5, 0.3))
    b.add("\n第二十条第(五)项 | |\n信息内容 | 本年处理决定数量 |\n行政许可 | ")
    _cell(gen, b, "license.decisions", gen.count(300, 0.1))
    b.add("\n")
    _applicant_table(gen, b, OTHER_ROWS_2021)
    _disputes_table(gen, b)
