"""The narrative of a report: the work-report prose around the numbers.

Real reports spend most of their words on how the work was done (加强组织领导, 健全制度,
推进“五公开”). Sentences here are put together from parts, so that no sentence repeats across
reports the way a fixed paragraph would.
"""
from __future__ import annotations

import random

SUBJECTS = ["我{unit}", "{body}", "{unit}政府", "{unit}政务公开办", "{unit}政府办公室", "各乡镇(街道)、各部门", "我们",
            "全{unit}各级行政机关", "{unit}委、{unit}政府", "领导小组办公室"]
ADVERBS = ["认真", "切实", "进一步", "不断", "全面", "扎实", "积极", "持续", "着力", "严格", "深入"]
VERBS = ["贯彻落实", "加强", "完善", "推进", "规范", "健全", "强化", "落实", "做好", "抓好", "优化", "深化"]
OBJECTS = ["《中华人民共和国政府信息公开条例》", "政务公开工作", "政府信息公开制度", "“五公开”工作机制", "信息发布审查机制",
           "重点领域信息公开", "政策解读和回应关切工作", "政府网站和政务新媒体管理", "依申请公开办理流程",
           "基层政务公开标准化规范化建设", "政府信息公开指南和目录", "保密审查制度", "主动公开目录",
           "政务公开考核评估", "公开专栏建设", "政务服务事项清单", "工作人员业务培训", "信息公开工作责任制"]
PURPOSES = ["确保政府信息公开工作有序开展", "不断提升政务公开质量和实效", "切实保障人民群众的知情权、参与权和监督权",
            "推动政务公开工作制度化、规范化", "提高政府工作透明度", "更好地服务经济社会发展", "增强政府公信力",
            "营造良好的政务公开氛围", "为公众获取政府信息提供便利", "促进依法行政"]
FRAMES = [
    "{s}{adv}{v}{o},{p}。",
    "按照省、市统一部署,{s}{adv}{v}{o},{p}。",
    "{s}高度重视{o},将其列入重要议事日程,{adv}{v}{o2}。",
    "坚持以公开为常态、不公开为例外,{adv}{v}{o},{p}。",
    "围绕{unit}委、{unit}政府中心工作,{adv}{v}{o}和{o2},{p}。",
    "{s}成立了由主要领导任组长的政务公开工作领导小组,明确分管领导和具体经办人员,{p}。",
    "一是{adv}{v}{o};二是{v}{o2};三是{v}{o3}。",
    "通过{v}{o},{s}的{o2}得到进一步加强。",
    "年初印发《{place}{year}年政务公开工作要点》,对{o}作出安排部署,{p}。",
    "同时,{adv}{v}{o},及时发布群众关注的重要信息。",
    "印发《关于进一步加强{o_short}工作的通知》等相关文件,并明确工作内容和责任分工,{p}。",
    "结合{place}实际,制定了《{place}{year}年政务公开工作实施方案》,对{o}等内容作出具体安排。",
    "按照“谁公开、谁审查、谁负责”的原则,{adv}{v}{o},并建立相关工作台账。",
    "围绕群众关注的热点问题,及时公开相关政策文件和办事指南等内容,{p}。",
    "对照上级有关要求,{s}对{o}进行了全面梳理,并在门户网站设置相关专栏。",
]
SUBHEADINGS = ["组织领导进一步加强", "制度建设进一步完善", "主动公开情况", "依申请公开情况", "政府信息管理情况",
               "平台建设情况", "监督保障情况", "教育培训进一步扩展", "公开内容进一步深化", "政策解读回应进一步加强"]
CLOSINGS = [
    "{year}年,我们将继续{v}{o},{adv}{v2}{o2},{p}。",
    "下一步,{s}将{adv}{v}{o},重点做好{o2},{p}。",
    "针对存在的问题,{adv}{v}{o}和{o2},{p}。",
    "一是{o}还需加强;二是{o2}还不够完善;三是工作人员业务水平有待提高。",
    "主要是{o}不够及时,{o2}的深度和广度有待拓展。",
]


def sentence(rng: random.Random, frame_pool: list[str], fill: dict[str, str]) -> str:
    objs = rng.sample(OBJECTS, 3)
    return rng.choice(frame_pool).format(
        s=rng.choice(SUBJECTS).format(**fill), adv=rng.choice(ADVERBS), v=rng.choice(VERBS), v2=rng.choice(VERBS),
        o=objs[0], o2=objs[1], o3=objs[2], o_short=rng.choice(["政务公开", "政府信息公开", "政策解读", "信息发布"]),
        p=rng.choice(PURPOSES), **fill)


def narrative(rng: random.Random, fill: dict[str, str], n: int) -> str:
    return "".join(sentence(rng, FRAMES, fill) for _ in range(n))


def closing(rng: random.Random, fill: dict[str, str]) -> str:
    return "".join(sentence(rng, CLOSINGS, fill) for _ in range(rng.randint(1, 3)))


# Sub-headings real reports put inside each section: (一)主动公开情况 ...
SECTION_SUBHEADINGS = {
    "proactive": ["主动公开情况", "政府信息主动公开情况", "主动公开基本情况", "加强政策解读", "回应社会关切", "公开平台建设"],
    "requests": ["依申请公开情况", "政府信息依申请公开情况", "申请办理情况", "依申请公开办理情况"],
    "disputes": ["行政复议、行政诉讼情况", "复议诉讼情况"],
}


def subheading(rng: random.Random, k: int, section: str | None = None) -> str:
    numerals = "一二三四五六七八九十"
    title = rng.choice(SECTION_SUBHEADINGS.get(section or "", SUBHEADINGS))
    return f"({numerals[k]}){title}" + rng.choice(["。", "", "", " "])
