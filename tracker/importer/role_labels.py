"""The labels naming a role (牵头单位:, 责任单位:, 配合单位:, 责任领导: …) and the role each names:
lead, owners, support or leader. owners.py reads them before a colon; table_header.py has its
own column headers."""

from __future__ import annotations

ROLES = {
    "牵头单位": "lead",
    "牵头科室": "lead",
    "牵头部门": "lead",
    "主办单位": "lead",
    "责任单位": "owners",
    "责任科室": "owners",
    "责任部门": "owners",
    "实施单位": "owners",
    "配合单位": "support",
    "配合部门": "support",
    "配合科室": "support",
    "协办单位": "support",
    "协助单位": "support",
    "协作单位": "support",
    "牵头责任单位": "lead",
    "责任人": "owners",
    "牵头处室": "lead",
    "牵头股室": "lead",
    "责任处室": "owners",
    "责任股室": "owners",
    "责任主体": "owners",
    "主责单位": "owners",
    "主责部门": "owners",
    "负责单位": "owners",
    "负责部门": "owners",
    "负责科室": "owners",
    "协助部门": "support",
    "配合处室": "support",
    "配合股室": "support",
    "责任领导": "leader",
    "牵头领导": "leader",
    "总责任人": "leader",
    # 项目负责人:A局某甲、B局某乙 under a 实事 item: the persons heading it (see _tags)
    "项目负责人": "leader",
    "分管领导": "leader",
    "包保领导": "leader",
    "协同责任单位": "support",
    "协同单位": "support",
    "协同部门": "support",
    # 主办处室: / 协办处室: (a school's offices): the office leading the work and those helping
    **{f"{role}{office}": ("lead" if role == "主办" else "support")
       for role in ("主办", "协办") for office in ("处室", "科室")},
}
# The leader named by the level of government (牵头市领导, 责任区领导, 牵头负责领导, 分管县领导):
# the person in charge, as 牵头领导 is.
ROLES |= {
    f"{role}{level}领导": "leader"
    for role in ("牵头", "责任", "分管", "联系", "包保")
    for level in ("市", "区", "县", "镇", "乡", "校", "负责", "责任")
    if f"{role}{level}" not in ("责任责任", "牵头责任")
}
# 参与单位 / 参与部门 are not among them: 参与 is no role word (corpus README, main 14), so the
# units that take part are not support.
