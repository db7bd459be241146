"""One unit test per rule learnt from the fresh24 corpus (tests/data/import-corpus-fresh24), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_an_essay_sites_choice_word_before_the_samples_number_is_no_part_of_the_title(tmp_path: Path) -> None:
    """X方案精选篇1: the site's word for its chosen samples (精选), then the sample's number, are
    both the site's, as 篇1 alone is."""
    text = "\n".join([
        "某某范文网 > 方案 > 社区垃圾分类工作方案(8篇)",
        "社区垃圾分类工作方案精选篇1",
        "一、工作目标",
        "全面推进社区垃圾分类,居民知晓率达到95%。",
        "二、工作措施",
        "(一)设置分类投放点,每个小区不少于2处。",
    ]) + "\n"
    plans = _plans(tmp_path, text)
    assert plans[0].title == "社区垃圾分类工作方案"



def test_an_attachment_list_line_is_not_the_title(tmp_path: Path) -> None:
    """附件: 1. 《X方案》的起草说明.pdf / 2. X方案(征求意见稿): a consultation notice's list of
    attachments names files, not the plan; the plan's own title line below it is the title."""
    text = "\n".join([
        "关于公开征求《某县农村供水保障工作方案(征求意见稿)》意见的通知",
        "农村供水保障事关群众切身利益,为做好农村供水保障工作,特制定《某县农村供水保障工作方案(征求意见稿)》。现面向社会公众征求意见。",
        "公示日期:2026年3月1日至2026年3月31日",
        "附件: 1. 《某县农村供水保障工作方案》的起草说明.pdf",
        "2. 某县农村供水保障工作方案(征求意见稿)",
        "某县农村供水保障工作方案(征求意见稿)",
        "为保障农村饮水安全,结合我县实际,制定本方案。",
        "一、工作目标",
        "到2027年,农村自来水普及率达到98%。",
    ]) + "\n"
    plans = _plans(tmp_path, text)
    assert plans[0].title == "某县农村供水保障工作方案(征求意见稿)"


def test_a_file_librarys_info_fields_are_no_units_heading_the_lines_below(tmp_path: Path) -> None:
    """• 发文机关:X / • 文件类型:… / • 所属单位:X: a government file library's info box names who
    issued the page, not a unit whose work the lines below are; the notice, its 文号 and date
    and the plan's title under it are no tasks."""
    text = "\n".join([
        "首页",
        "  • 发文机关:某县某镇人民政府",
        "  • 文件类型:其他文件",
        "  • 成文日期:2026-03-02",
        "  • 所属单位:某县某镇人民政府",
        "某县某镇人民政府关于印发《某镇河道清理行动方案》的通知",
        "某镇发〔2026〕5号",
        "各村、各站所:",
        "《某镇河道清理行动方案》已经镇党委同意,现印发给你们,请认真贯彻落实。",
        "某县某镇人民政府",
        "2026年3月2日",
        "某镇河道清理行动方案",
        "为改善河道环境,结合我镇实际,制定本方案。",
        "一、总体要求",
        "以河长制为抓手,全面清理河道垃圾。",
    ]) + "\n"
    plans = _plans(tmp_path, text)
    assert [t.title for p in plans for t in p.tasks] == []
    assert plans[0].title == "某镇河道清理行动方案"


def test_with_no_title_line_found_the_plan_a_cover_notice_sends_is_named(tmp_path: Path) -> None:
    """关于印发《X方案》的通知 … 现将《X方案》印发给你们, then an excerpt of the plan whose body
    opens on no 为/根据 and no numbered item: the plan the notice sends is X, not an unnamed one."""
    text = "\n".join([
        "首页 > 新闻中心",
        "某网讯:日前,某省生态环境厅印发了行动方案。全文如下:",
        "关于印发《某省2026年夏季臭氧污染防治攻坚行动方案》的通知",
        "各市人民政府:",
        "现将《某省2026年夏季臭氧污染防治攻坚行动方案》印发给你们,请遵照执行。",
        "某省生态环境厅 某省发展改革委",
        "2026年4月1日",
        "某省2026年夏季臭氧污染防治攻坚行动方案",
        "2025年以来,全省臭氧浓度总体下降,但夏季污染仍然多发,形势依然严峻。",
    ]) + "\n"
    plans = _plans(tmp_path, text)
    assert plans[0].title == "某省2026年夏季臭氧污染防治攻坚行动方案"


def test_a_signature_run_into_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    """某省农业农村厅 某省财政厅 … / 2026年3月1日 / X方案: the issuers' line long and stopping
    without punctuation, as a line the page broke mid-sentence does; the signing date on a line
    of its own still ends it, so neither is run into the plan's title."""
    text = "\n".join([
        "某政发〔2026〕9号",
        "各市人民政府:",
        "现将《某省高标准农田建设行动方案(2026—2028年)》印发给你们,请认真贯彻执行。",
        "某省农业农村厅 某省财政厅 某省自然资源厅 某省水利厅",
        "2026年3月1日",
        "某省高标准农田建设行动方案",
        "(2026—2028年)",
        "为加快高标准农田建设,制定本方案。",
        "一、总体要求",
        "到2028年,累计建成高标准农田500万亩。",
    ]) + "\n"
    plans = _plans(tmp_path, text)
    assert plans[0].title == "某省高标准农田建设行动方案(2026—2028年)"


def test_a_document_sites_download_tips_and_file_name_are_not_the_plans(tmp_path: Path) -> None:
    """A document site's page: its numbered tips on downloading (1、PDF文件下载后… / 2、本站不支持…)
    open no plan's body, and the uploaded file's name (X(三篇汇编).docx) run into the first
    document's own title names a bundle, not the plan: the title is the document's own."""
    text = "\n".join([
        "社区消防安全整治方案(三篇汇编).docx",
        "资源大小:20KB",
        "下载积分:10金币",
        "友情提示",
        "1、PDF文件下载后,可能会被浏览器默认打开,请保存到桌面。",
        "2、本站不支持迅雷下载,请使用电脑自带的浏览器下载。",
        "社区消防安全整治方案(三篇汇编).docx",
        "某社区开展消防安全隐患整治工作实施方案一、指导思想以预防为主,防消结合,全面排查社区火灾隐患。",
        "二、工作目标通过专项整治,消除重大火灾隐患。",
    ]) + "\n"
    plans = _plans(tmp_path, text)
    assert plans[0].title == "某社区开展消防安全隐患整治工作实施方案"


def test_a_horizon_paragraph_under_general_requirements_states_the_goals(tmp_path: Path) -> None:
    """一、总体要求 with no goal heading: its paragraph opening on the plan's horizon (到2027年,…)
    says what is to be reached, so the numbers its target verbs introduce are goals; the guiding
    thought's paragraph above it states none."""
    text = "\n".join([
        "某县贯彻质量强国建设纲要实施方案",
        "为推动质量强县建设,制定本方案。",
        "一、总体要求",
        "坚持以习近平新时代中国特色社会主义思想为指导,全面提升质量水平。",
        "到2027年,质量强县建设取得明显成效,制造业产品质量合格率达到95%,有效注册商标达到3000件。",
        "二、主要任务",
        "(一)提升产品质量。实施质量提升行动。(责任单位:县市场监管局)",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(g.target, g.unit) for g in plan.goals] == [(95, "%"), (3000, "件")]


def test_a_time_cut_to_a_value_is_a_target(tmp_path: Path) -> None:
    """审批时间压缩到5个工作日 / 办理时限缩短到2天: a time to be cut to a value is a target, as
    one to be lowered to a value (降低到) is."""
    text = "\n".join([
        "某区优化营商环境实施方案",
        "为持续优化营商环境,制定本方案。",
        "一、总体要求",
        "到2027年,项目审批时间压缩到5个工作日,不动产登记办理时限缩短到2天,群众满意度达到90%。",
        "二、主要任务",
        "(一)深化审批改革。推行并联审批。(责任单位:区行政审批局)",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(g.target, g.unit) for g in plan.goals] == [(5, "个工作日"), (2, "天"), (90, "%")]


def test_square_metres_written_short_are_a_unit(tmp_path: Path) -> None:
    """达到每百户30平米以上: 平米, the short way of writing 平方米, is the unit of a target in a goal
    section, not a bare number."""
    text = "\n".join([
        "某市城乡社区服务体系建设实施方案",
        "为加强城乡社区服务体系建设,制定本方案。",
        "一、工作目标",
        "到2027年,社区综合服务设施面积达到每百户30平米以上,社区服务设施覆盖率达到100%。",
        "二、主要任务",
        "(一)完善服务设施。新建一批社区综合服务设施。(责任单位:市民政局)",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(g.target, g.unit) for g in plan.goals] == [(30, "平米"), (100, "%")]
