"""Capacity and interpretation: staff in charge of the work, one person in each unit, the head at press
conferences and online interviews, responses to public concern by way, training negated and the people trained.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from .base import PLANNED, clause_start, fact_of_match, matched_counts, stated_counts, stated_fact


# one person in each unit (委属各单位均明确1名兼职信息员): no count of the staff
_EACH = r"(?:各|每个?)[^，,;；。]{0,2}?(?:单位|科室|股室|部门|乡镇|街道|村|社区|处室|司局|分局|学校|医院)"
_EACH_UNIT = re.compile(_EACH + r"[^，,;；。]{0,10}?(?:均|都)")
_EACH_ONE = re.compile(_EACH)
_SUMMED_OVER = re.compile(r"共|合计|总计|累计")


def each_unit(fact: dict[str, Any], clause: str) -> bool:
    """One person in each unit (委属各单位均明确1名兼职信息员, 各社区明确兼职信息员1名), not those of all units together
    (全县各乡镇、各部门共配备兼职人员一百二十余名)."""
    return (fact["indicator"].startswith("capacity.staff") and bool(_EACH_ONE.search(clause))
            and not _SUMMED_OVER.search(clause) and (bool(_EACH_UNIT.search(clause)) or fact["value"] == 1))


# GUIDELINES (Mapping, staff): the kind in brackets after the count (配备工作人员2名（兼职）) is the count's; people
# sent to a training (选派2名工作人员参加…培训) are no staff
_KIND_AFTER = re.compile(r"\s*[(（]\s*(?:均为|均系|为)?(?P<k>专职|兼职)\s*[)）]")
_STAFF_OF_KIND = {"专职": "capacity.staff_full_time", "兼职": "capacity.staff_part_time"}
_SENT = re.compile(r"选派|派出(?!所)|组织[^，,;；。]{0,6}参加|招聘|招录")


def staff_kind(fact: dict[str, Any], text: str) -> str:
    """The staff count's id, its kind (专职, 兼职) in brackets after it."""
    kind = _KIND_AFTER.match(text, fact["end"]) if fact["indicator"] == "capacity.staff" else None
    return _STAFF_OF_KIND[kind.group("k")] if kind else fact["indicator"]


# training of others than the disclosure staff (开展各类职业技能培训15期，培训农牧民群众820人次), or another body's training
# attended (参加市政府办组织的业务培训1次: no training held; GUIDELINES, stop 23)
_OTHER_TRAINING = re.compile(r"(?:职业技能|技能|就业|创业|转移就业|农牧民|农民工)[^，,;；。\d]{0,4}?培训|"
                             r"培训[^，,;；。\d]{0,4}?(?:农牧民|农民工|劳动力|贫困户)")
_DISCLOSURE_TRAINING = re.compile(r"政务公开|信息公开")
_AREAS_UNITS = re.compile(r"各乡镇|各部门|全县|全区|全市|县直|区直|市直|各单位")
_ORGANISED = re.compile(r"组织|选派|派出")
_ATTENDED = re.compile(r"参加[^，,;；。\d]{0,16}?(?:组织|举办|开展|主办)的[^，,;；。\d]{0,10}?培训")  # another body's


def not_disclosure_training(fact: dict[str, Any], clause: str) -> bool:
    """Training of the public or of a trade, or a training attended (no session held): no capacity fact."""
    if not fact["indicator"].startswith(("capacity.trainings", "capacity.trainees")):
        return False
    attended = _ATTENDED.search(clause)  # not 组织信息员参加区政府办公室举办的培训2次: the body's staff sent by it, nor the
    # area's units at its own office's (全县各乡镇…参加县政府办公室举办的培训3次)
    other = _OTHER_TRAINING.search(clause) and not _DISCLOSURE_TRAINING.search(clause)
    return bool(other) or (fact["indicator"] == "capacity.trainings" and attended is not None
                           and not _ORGANISED.search(clause, 0, attended.start()) and not _AREAS_UNITS.search(clause))


def staff_sent(fact: dict[str, Any], clause: str) -> bool:
    """People sent to a training (选派2名工作人员参加拉萨市组织的培训): no staff."""
    return fact["indicator"].startswith("capacity.staff") and bool(_SENT.search(clause))


# GUIDELINES (Mapping, staff): the people put in charge of the disclosure work are its staff (由1人专门负责此项工作,
# 指派1名…人员负责政府信息公开发布工作, 明确1名干部具体负责…); full- and part-time ones are the scorer's, leaders in
# charge are no staff
_IN_CHARGE = re.compile(r"(?:由|指派|安排|明确|确定|落实|配备|有)[^。；;，,\d]{0,12}?(?P<q>\d+\s*(?:名|位|人))"
                        r"(?P<who>[^。；;，,\d]{0,14}?(?:人员|同志|专人|干部|人))?\s*(?:专门|具体|专职)?(?P<m>负责)")
_NOT_STAFF = re.compile(r"专职|兼职|领导|主任|局长|镇长|乡长|县长|区长|市长|书记|分管|主管")
_DISCLOSURE_WORK = re.compile(r"信息公开|政务公开|此项工作|该项工作")
_CLAUSE_STOP = re.compile(r"[,，;；。\n]")


def staff_in_charge(text: str) -> Iterator[dict[str, Any]]:
    """The people in charge of the disclosure work, stated as such (由1人专门负责此项工作): capacity.staff."""
    def disclosure_staff(m: re.Match) -> bool:
        s0 = clause_start(m.string, m.start(), "。\n")  # the work named before, in its sentence, or in its clause
        end = _CLAUSE_STOP.search(m.string, m.end())
        s1 = end.start() if end else len(m.string)
        duty = m.string[m.end():s1]  # what they are in charge of: the disclosure work, or said before
        return (not _NOT_STAFF.search(m.group()) and not (m.group("q").endswith("人") and m.group("who"))
                and not _EACH_ONE.search(m.string, s0, m.start("q"))
                and (bool(_DISCLOSURE_WORK.search(duty))
                     or not duty.strip() and bool(_DISCLOSURE_WORK.search(m.string, s0, s1))))

    yield from stated_counts(text, _IN_CHARGE, "capacity.staff", "人", keep=disclosure_staff)
    yield from matched_counts(text, _ENGAGED, "capacity.staff", "人")


# meetings on the disclosure work named by their kind (全年召开全县政务公开工作推进会2次, 召开局政务公开领导小组会议2次):
# capacity.meetings (GUIDELINES, stop 23), the work named in the meeting's name
_MEETINGS = re.compile(r"(?:召开|举办|组织召开)了?(?P<m>[^。；;，,\d]{0,12}?(?:政务公开|信息公开)[^。；;，,\d]{0,8}?"
                       r"(?:推进会|推动会|领导小组(?:全体)?会议|工作会议|专题会议|联席会议)(?:议)?)\s*(?:共)?\s*(?P<q>\d+\s*次)")


def disclosure_meetings(text: str) -> Iterator[dict[str, Any]]:
    return matched_counts(text, _MEETINGS, "capacity.meetings", "次")


# the people doing the disclosure work, all counted (全区从事政府信息公开工作的人员共156人, 其中专职23人)
_ENGAGED = re.compile(r"(?P<m>从事[^。；;，,\d]{0,12}?(?:信息公开|政务公开)工作的?(?:专兼职)?(?:工作)?人员)\s*"
                      r"(?:共|共计|合计|有|为)?\s*(?P<q>\d+\s*(?:名|人|位))(?!次)")


# the body's head at its press conferences or online interviews (其中局主要负责同志参加新闻发布会3场; 召开新闻发布会9场，旗长
# 出席3场): the head's count; deputies or leaders at large (部领导出席, 县长、副县长出席) are not the head (GUIDELINES)
_HEAD_ATTENDS = re.compile(r"(?<![副、])(?P<m>主要负责同志|主要负责人|主要领导|一把手|(?<![部厅局委办])[省市县区旗镇乡]长|局长|厅长|部长|主任)"
                           r"(?:亲自)?(?:参加|出席|做客)(?:了)?(?:[^，,;；。\d]{0,20}?(?P<what>新闻发布会|发布会|在线访谈|访谈))?的?\s*"
                           r"(?P<q>\d+\s*(?:场|次|期))")
_EVENT = re.compile(r"新闻发布会|发布会|在线访谈|访谈")
_NOT_THE_HEAD = re.compile(r"邀请|相关部门|各[^，,;；。]{0,2}?(?:单位|部门|镇|乡|街道|区|县|市|局)")
_HEAD_ATTENDS_TOO = re.compile(r"\s*[、,，]\s*(?:参加|出席)(?:了)?[^，,;；。\d]{0,8}?(?P<what>新闻发布会|发布会|在线访谈|访谈)的?\s*"
                               r"(?P<q>\d+\s*(?:场|次|期))")


def heads_attending(text: str) -> Iterator[dict[str, Any]]:
    """The body's head's press conferences or online interviews, after the count of them (其中区长参加在线访谈1次):
    interpret.*_head, the event named with the head's count or last before it in its sentence."""
    from ...quantities import find_quantities

    for m in _HEAD_ATTENDS.finditer(text):
        if _NOT_THE_HEAD.search(text, max(clause_start(text, m.start(), "，,；;。\n"), m.start() - 8), m.start()) or (
                m.group("m") == "主任" and text[max(0, m.start() - 3):m.start()].endswith(("办公室", "办", "室"))):
            continue  # 邀请相关部门主要负责同志出席, 各镇镇长, 局办公室主任: not the body's head
        what = m.group("what") or next(iter(reversed(_EVENT.findall(text, clause_start(text, m.start(), "。\n"),
                                                                    m.start()))), None)
        events = [(what, m.group("q"), m.start("q"))]
        more = _HEAD_ATTENDS_TOO.match(text, m.end())  # …参加新闻发布会2次、参加政府网站在线访谈1次: the head's too
        if more:
            events.append((more.group("what"), more.group("q"), more.start("q")))
        for what, q_text, q_start in events:
            qs = find_quantities(q_text)
            if what is None or len(qs) != 1:
                continue
            indicator = "interpret.online_interviews_head" if "访谈" in what else "interpret.press_conferences_head"
            yield stated_fact(indicator, "次", qs[0], q_start, (m.start("m"), m.end("m"), m.group("m")))


# the people trained, counted after 培训 (or 参训) and whom it trained (培训各县（区）、市直各部门信息公开工作人员180人次)
# (whom may run to a comma before the sum: 培训…工作人员，共计180人次)
_TRAINED = re.compile(r"(?P<m>培训|参训)了?(?P<who>[^。；;，,\d]{0,40}?(?:[，,]\s*(?:共计|共|合计|总计|累计|达)?)?)"
                      r"(?P<q>\d[\d,.]*\s*(?:万|余|多)*\s*(?:人次|人|名))")
_NOT_TRAINED = re.compile(r"接待|查阅|咨询|访问|浏览|申请|会议|发布会|访谈|现有|共有|配备|在编")


def trained_people(text: str) -> Iterator[dict[str, Any]]:
    """The people trained, counted after 培训 (培训…信息公开工作人员180人次): capacity.trainees."""
    def trained(m: re.Match) -> bool:  # not a plan, nor one person in each unit (各培训1名信息员), in 培训's clause
        s0 = clause_start(m.string, m.start(), "。；;\n")
        c0 = clause_start(m.string, m.start())
        each = _EACH_ONE.search(m.string, c0, m.end("who")) and (
            re.match(r"[1一]\s*[名人]", m.group("q")) or _EACH_UNIT.search(m.string, c0, m.end("who")))
        return not _NOT_TRAINED.search(m.group("who")) and not each and not PLANNED.search(m.string, s0, m.start())

    return stated_counts(text, _TRAINED, "capacity.trainees", "人次", keep=trained)


_TRAINEES = re.compile(r"人|参训|参加|学员|干部|职工")


def trainings_negated(fact: dict[str, Any], clause: str) -> str:
    """Training negated with no word of people (培训：无) is no training held: capacity.trainings, not trainees."""
    if fact["indicator"] == "capacity.trainees" and fact["negated"] and not _TRAINEES.search(
            fact["mention"]["text"] + clause):
        return "capacity.trainings"
    return fact["indicator"]


# responses to public concern by the way made (其中通过政务微博、微信回应事件31次，通过其他方式回应事件11次)
_RESPONDED = r"回应(?:[^，,;；。\d]{0,8}?(?:关切|关注|热点|舆情)的?)?(?:事件|热点|问题)?\s*(?:共|共计)?\s*"  # 回应公众关切事件12次
_RESPONSES_ON_ACCOUNTS = re.compile(rf"(?P<m>通过(?:政务)?微博[、和及与]?(?:政务)?微信){_RESPONDED}(?P<q>\d+\s*次)")
_RESPONSES_OTHERWISE = re.compile(rf"(?P<m>通过(?:(?:(?!微博|微信)[^，,;；。\d]){{0,20}}?等)?其[他它]方式){_RESPONDED}"
                                  r"(?P<q>\d+\s*次)")


def responses_by_way(text: str) -> Iterator[dict[str, Any]]:
    """Responses to public concern by the way they were made (通过政务微博、微信回应事件31次): the accounts are the
    way, no channel's count."""
    from ...quantities import find_quantities

    for pattern, indicator in ((_RESPONSES_ON_ACCOUNTS, "interpret.weibo_wechat_responses"),
                               (_RESPONSES_OTHERWISE, "interpret.other_responses")):
        for m in pattern.finditer(text):
            yield fact_of_match(indicator, "次", m, find_quantities(m.group("q"))[0])


# responses to the public's concerns, named by their words (回应民众关注热点15次, 回应社会关注热点问题8次): the
# catalogue's 回应公众关注热点或重大舆情数 under other words
_HOT_RESPONSES = re.compile(r"(?P<m>回应(?:公众|民众|群众|社会|网民|市民)?(?:普遍)?关注的?(?:热点|焦点)(?:问题|事件|话题)?"
                            r"(?:或重大舆情)?(?:数)?|(?:热点|焦点)(?:问题|事件|话题)?(?:主动|及时)?(?:作出)?回应)\s*(?:共|共计|达)?\s*"
                            r"(?P<q>\d+\s*(?:次|个|条|件))")  # …等热点问题主动回应19次


# public opinion responded to (对涉及我县的政务舆情12起及时作出回应, 妥善处置网络舆情5起): GUIDELINES, 舆情 N次; its clause
# says it was answered, not gathered or passed on (收集舆情12起并报送; 经核实后上报县委网信办统一处置)
_OPINIONS = re.compile(r"(?P<m>(?:政务|网络|涉[^，,;；。\d]{0,8}?)?舆情(?:事件|问题)?)\s*(?:共|共计|达)?\s*(?P<q>\d+\s*(?:次|起|个|件))")
_ANSWERED = re.compile(r"回应|处置|应对|回复")
_GATHERED = re.compile(r"收集|搜集|报送|上报|转办|转交|移交|研判")
_SENTENCE_END = re.compile(r"[；;。\n]")


# documents interpreted, counted before the verb (对…等12件政策文件进行解读; 全年对出台的27件重要政策文件同步进行了解读): the
# interpretations (GUIDELINES: 政策解读 N件), not a part after 其中
_DOCUMENTS_INTERPRETED = re.compile(r"对[^。；;，,]{0,60}?(?P<q>\d+\s*(?:件|个|份|项))(?P<m>(?:重要|重大)?(?:政策性?|规范性)?文件"
                                    r"(?:同步|及时)?(?:进行|开展|作出|做出|作|做)了?(?:政策)?解读)")
# opinion counted before its name (对…等36起重要舆情及时回应)
_OPINIONS_FIRST = re.compile(r"(?P<q>\d+\s*起)(?P<m>(?:重要|重大|热点|突发|负面)?(?:政务|网络)?舆情(?:事件)?)")


def documents_interpreted(text: str) -> Iterator[dict[str, Any]]:
    """Policy documents interpreted, their count before the verb: interpret.policy_interpretations."""
    return stated_counts(text, _DOCUMENTS_INTERPRETED, "interpret.policy_interpretations", "件")


def hot_responses(text: str) -> Iterator[dict[str, Any]]:
    """Responses to public concern stated with their count: interpret.hot_responses."""
    yield from stated_counts(text, _HOT_RESPONSES, "interpret.hot_responses", "次")

    def answered(m: re.Match) -> bool:  # answered in its sentence (监测到涉水舆情17起，均在2小时内回应), not gathered
        end = _SENTENCE_END.search(text, m.end())
        sentence = text[clause_start(text, m.start(), "。；;\n"):end.start() if end else len(text)]
        return bool(_ANSWERED.search(sentence)) and not _GATHERED.search(sentence)  # (…23起，经核实后上报…处置)

    yield from stated_counts(text, _OPINIONS, "interpret.hot_responses", "次", keep=answered)
    yield from stated_counts(text, _OPINIONS_FIRST, "interpret.hot_responses", "次", keep=answered)


# the people the reading rooms received, however the sentence words it (共接待现场查阅群众120余人次; 查阅场所共接待群众120人次)
_READING_VISITS = re.compile(r"(?P<m>接待[^，,;；。\d]{0,6}?查阅|查阅(?:场所|点|室|中心|大厅)[^，,;；。\d]{0,6}?接待)"
                             r"[^，,;；。\d]{0,8}?(?P<q>\d[\d,.]*\s*(?:万|余|多)*\s*人次)")


def reading_visits(text: str) -> Iterator[dict[str, Any]]:
    """The visits the reading rooms received: capacity.reading_visits."""
    return stated_counts(text, _READING_VISITS, "capacity.reading_visits", "人次")

