"""The importer on the import corpus: 20 real plan documents with gold by hand (issue 15).

Tuned on TUNE, EXTRA, FRESH, FRESH2, FRESH3, FRESH4, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11, FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21, FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29, FRESH30, FRESH31, FRESH32, FRESH33, FRESH34, FRESH35, FRESH36, FRESH37, FRESH38 and FRESH39 (once blind
splits, gold written before the importer saw them, since spent on tuning), reported on HELD_OUT
(documents never read while tuning) and on FRESH40 to FRESH43 (blind, scored once, figures
only). The figures are printed per document for every split. The asserts are floors at
the figures reached, so a change that makes any of them worse fails; where the issue's
Done-means target was reached the floor is that target.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus_score import (
    CORPUS,
    EXTRA,
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH6,
    FRESH7,
    FRESH8,
    FRESH9,
    FRESH10,
    FRESH11,
    FRESH12,
    FRESH13,
    FRESH14,
    FRESH15,
    FRESH16,
    FRESH17,
    FRESH18,
    FRESH19,
    FRESH20,
    FRESH21,
    FRESH22,
    FRESH23,
    FRESH24,
    FRESH25,
    FRESH26,
    FRESH27,
    FRESH28,
    FRESH29,
    FRESH30,
    FRESH31,
    FRESH32,
    FRESH33,
    FRESH34,
    FRESH35,
    FRESH36,
    FRESH37,
    FRESH38,
    FRESH39,
    FRESH40,
    FRESH41,
    FRESH42,
    FRESH43,
    FRESH44,
    FRESH45,
    HELD_OUT,
    TUNE,
    Score,
    folder,
    split_scores,
)

TRACKER = Path(sys.executable).with_name("tracker")

# Issue 15, "Done means", on the held-out documents.
TARGET = {"recall": 0.90, "owners": 0.80, "due": 0.90, "phase": 0.80, "goal": 0.70, "title": 0.90}
MAX_PER_TASK = 1.5

# Held-out floors, so that a change that makes any of the figures worse fails: raised after
# fresh15 was spent on tuning, to recall 21/23 (20/23 since the second extra corpus) and owners
# 19/22 (18/22); due 12/13, goals 19/20, phases 5/5, titles 7/9, 23 tasks written for 23;
# titles raised to 8/9 after fresh18 was spent on tuning. Titles are still below the issue's
# target. Raise these when the importer gets better; never
# lower them.
HELD_OUT_FLOOR = {
    "recall": 0.913,
    "owners": 0.863,
    "due": 0.923,
    "phase": 1.0,
    "goal": 0.95,
    "title": 0.888,  # target 0.90 not reached
}
HELD_OUT_MAX_PER_TASK = 1.15
TUNE_FLOOR = {"recall": 1.0, "owners": 1.0, "due": 1.0, "phase": 1.0, "goal": 1.0, "title": 1.0}
TUNE_MAX_PER_TASK = 1.10
# The extra documents (tests/data/import-corpus-extra, 21–43), tuned on like TUNE: floors at
# the figures reached (round 2: 23 documents, every figure 100 %, 13 tasks written for 12).
EXTRA_FLOOR = {"recall": 1.0, "owners": 1.0, "due": 1.0, "phase": 1.0, "goal": 1.0, "title": 1.0}
EXTRA_MAX_PER_TASK = 1.10
# The fresh split (tests/data/import-corpus-fresh, 51–60): gold written and committed before the
# importer ever ran on these texts; its one blind run gave recall 18/22, owners 13/20, due 0/3,
# goals 7/7, phases 2/2, titles 6/10, 24 tasks written for 22. It was then spent on tuning (a task
# row one cell per line, staged and weekday deadlines, 牵头责任单位 / 主要协作单位, persons as
# leader and 责任人, sample-site titles): floors at the figures reached (every figure 100 %, 22
# tasks written for 22). It is no longer blind; the next blind measurement needs a new folder.
FRESH_FLOOR = {"recall": 1.0, "owners": 1.0, "due": 1.0, "phase": 1.0, "goal": 1.0, "title": 1.0}
FRESH_MAX_PER_TASK = 1.0
# The fresh2 split (tests/data/import-corpus-fresh2, 61–74): gathered and gold written by someone
# who never ran the importer nor read its code, committed (53bfb5d) before its first run, which
# gave recall 29/35, owners 27/35, due 1/1, goals 13/16, phases 1/1, titles 11/14, 33 tasks
# written for 35, two documents refused (69, 73). It was then spent on tuning (tables whose cells
# are separated by spaces or sit one a line with their bar, a 时间 column, a heading naming its
# own lead over its measures, a bracketed role line closing a group, 《》 titles, cited years):
# floors at the figures reached (every figure 100 %, 35 tasks written for 35, none refused). It
# is no longer blind; the next blind measurement needs a new folder.
FRESH2_FLOOR = {"recall": 1.0, "owners": 1.0, "due": 1.0, "phase": 1.0, "goal": 1.0, "title": 1.0}
FRESH2_MAX_PER_TASK = 1.0
# Refused whole (没有找到方案结构, exit 1, nothing written): none since tuning (69, 73 were).
FRESH2_REFUSED: list[str] = []
# The fresh3 split (tests/data/import-corpus-fresh3, 81–96): 16 pages gathered, gold written
# and committed (6d26af1) by someone who never ran the importer nor read its code, chosen to
# hold deadlines and phases (28 dated tasks, 7 phases), many of them in task tables. Its one
# blind run (5b6d8f0): recall 14/41, owners 6/33, due 7/28, goals 10/10, phases 0/7, titles
# 11/16, 34 tasks written for 41, none refused. It was then spent on tuning (one-cell-per-line
# tables with an unnamed content column, units one per line, category rows and a cut last row;
# a table whose header is cut off, read cell by cell; a 时间 cell ending in 前 is a deadline;
# a page of <p> blocks on one line, a numbered class (五1班) as a unit, a label typed `4。`;
# 由各X自行负责; an event named …会 is no unit; a short heading over two or three short lines;
# a page starting inside an item that closes with its own role; a notice's 附件 or a table's
# caption as the title, without its (截至…) date; quarterly progress steps no deadline; a `|` row
# cut by the page's end; an addressee line (各院部:) no unit label; a 背景 heading no task;
# a heading number alone on its line (一 / 总体要求); a placeholder year **年 or a 2003年以来 is
# not the year written):
# floors at the figures reached (every figure 100 %). It is no longer blind; the next blind
# measurement needs a new folder. Its ceiling on tasks written rose from the blind run's 0.83
# (too few tasks were written then, not too many) to the figure reached: 41 written for 41.
FRESH3_FLOOR = {"recall": 1.0, "owners": 1.0, "due": 1.0, "phase": 1.0, "goal": 1.0,
                "title": 1.0}
FRESH3_MAX_PER_TASK = 1.0
# Once blind: fresh4 (tests/data/import-corpus-fresh4, 101–120, sampled as the search returned
# pages, so nine hold no task) and fresh5 (import-corpus-fresh5, 121–122), gathered and gold
# written and committed (a9316c2, 4aaa17b) by someone who never ran the importer nor read its
# code. Its one blind run (8a1ec79): recall 3/22, owners 1/19, due 2/3, goals 8/8, phases 3/7,
# titles 9/22, 5 tasks written for 22, none refused. Then spent on tuning like FRESH3 (printed
# with its mistakes by corpus_score.py; one test per rule in test_import_fresh4_rules.py): a
# one-cell-per-line table whose header names only some columns, or breaks a cell in two
# (责任 / 领导), read up to its first row's `1`, a category column left of 序号; unit lines
# filling the closing 责任部门 / 评分部门 columns from the right, the scoring body left out; a
# bare value in a row no row number; document-site chrome (版权说明, 文档简介) as noise and a
# template's name glued to its contents' 一、 as its title, kept as written; 篇一 as a piece
# label; 【X方案】 and 范文资料:X as titles; a cover notice with its own items (通知如下) keeping
# its whole title; 特制定以下X方案 no title; staff by post before 负责 (值班领导和教师, 报账员,
# 各室负责人) as owners; a notice's closing signature no paragraph of its last heading; periods
# under 时间规划 as phases, (2024-2025年) as whole years; a body's make-up (…等组成) no goal.
# Floors at the figures reached (every figure 100 %, 22 written for 22). It is no longer
# blind; the next blind measurement needs a new folder. Its ceiling on tasks written rose from
# the blind run's 0.23 (too few were written then, not too many) to the figure reached.
FRESH4_FLOOR = {"recall": 1.0, "owners": 1.0, "due": 1.0, "phase": 1.0, "goal": 1.0,
                "title": 1.0}
FRESH4_MAX_PER_TASK = 1.0
# Once blind: fresh6 (tests/data/import-corpus-fresh6, 131–150), gathered and gold written and
# committed (309b933) by someone who never ran the importer nor read its code. Its one blind run,
# after tuning on fresh4+5: recall 25/42, owners 19/37, due 4/6, goals 1/1, phases 6/6, titles
# 11/20, 33 tasks written for 42 (0.79), one document refused (144). Then spent on tuning like
# FRESH4 (printed with its mistakes by corpus_score.py; one test per rule in
# test_import_fresh6_rules.py): an activity card (时间: / 内容: / 责任单位: lines) as one item; a
# post before a colon (教务处负责人:负责…) as owner; a progress table with columns after its roles
# and rows skipping a cell, aligned on the leader's name, its caption the title without (1-11月);
# the subject of a 负责 clause (…要建立…,负责 / 成立X小组,负责 / A、B。负责) and X要确定专人负责;
# [接上页] and a run-on heading's first sub-item; a 阶段 heading with a long name a phase; a
# dated heading outside 实施步骤 a task keeping its own 前 deadline; addressees after a page
# header; 缩短至N个工作日内 and 活动时间: dates no deadline; a lead-in ending in a colon only
# without sentences of its own; 参与单位 no role; 第1个 no goal; image names, bullets, page
# previews (X_第1页), a title's own 文号, a column's 【tag】 and (征求意见稿) notes out of titles.
# The scorer also stopped asking for half a pinyin reading (學(xué) in a title prefix). Floors at
# the figures reached: every figure 100 % but titles 18/20 (135 and 140 want a cover notice's
# whole title where fresh2 63, 66, 68 and 70 want the plan's name from the same shape of page:
# the two splits' gold disagree, so the misses stay), 42 written for 42, none refused. It is no
# longer blind; the next blind measurement needs a new folder. Its ceiling on tasks written rose
# from the blind run's 0.79 (too few were written then, not too many) to the figure reached.
FRESH6_FLOOR = {"recall": 1.0, "owners": 1.0, "due": 1.0, "phase": 1.0, "goal": 1.0,
                "title": 0.9}
FRESH6_MAX_PER_TASK = 1.0
# Refused whole: none since tuning (144 was).
FRESH6_REFUSED: list[str] = []

# Once blind: fresh7 (tests/data/import-corpus-fresh7, 151–170, 74 tasks), gathered and gold
# written and committed (ed407f0) by someone who never ran the importer nor read its code, while
# fresh6 was being spent on tuning. Its one blind run, after that tuning, per document only:
# recall 42/74, owners 27/65, due 4/9, goals 3/11 (8 of its 11 goals are a judgment call of its
# README: targets inside task rows counted as goals too), phases 2/3, titles 14/20, 0.70 written
# per real task, none refused. Then spent on tuning like FRESH6 (printed with its mistakes by
# corpus_score.py; one test per rule in test_import_fresh7_rules.py): 全年 in a deadline column
# no unit; 牵头市领导 / 牵头负责领导 as leader, 协同责任单位 as support; a unit cut by the page's end
# left out; a heading ending in 目标 a goal section however long; a bar-per-cell table without
# row numbers and its 负责人 column; ICP备 footers as noise; run-on items opening with a year
# and a run-on title glued to its lone 一、; …的具体措施 as a title and a page's metadata rows
# out of it; a notice's signature (20xx-4-10) and an attached title closing the last item;
# 12:00前 and 截止:date as deadlines; 参加单位 no unit, 参与 no role; a schedule line naming a
# 阶段 a phase; 以X牵头, 作为X,我们要配合, 专班 as a unit; 校内相关单位: as addressees; a bare
# period over its steps no task. The scorer's list of fresh7's neutral items gained 162 l.24
# and 169 ll.21–27, which its README names as neutral but the first list had left out.
# Floors at the figures reached: recall 63/74, owners 56/65, due 7/9, goals 11/11, phases 3/3,
# titles 17/20, 65 written for 74 (its ceiling on tasks written rose from the blind run's 0.70,
# too few were written then, to the figure reached); titles 18/20 since fresh17's tuning (161's
# title line above its news page's byline). Left: 152 and 158 want the cover notice's
# title where fresh2's gold wants the plan's own (as fresh6 135, 140); 152's row cut after its
# 牵头单位 cell; 155's headerless rows; 160's two-line-header pipe table; 161's table (two
# header cells over three-cell rows). It is no longer blind; the next blind measurement needs
# a new folder.
FRESH7_FLOOR = {"recall": 0.851, "owners": 0.861, "due": 0.777, "phase": 1.0, "goal": 1.0,
                "title": 0.9}
FRESH7_MAX_PER_TASK = 0.88

# Once blind: fresh8 (tests/data/import-corpus-fresh8, 171–190, 41 tasks), gathered and gold
# written and committed (fd23a1c) by someone who never ran the importer nor read its code, while
# fresh7 was being spent on tuning (schools, kindergartens, union notices, two hospitals, two
# companies, townships). Its one blind run, after that tuning, per document only: recall 29/41,
# owners 20/29, due 4/12, goals 2/3, phases 0/4, titles 10/20, 0.98 written per real task, none
# refused. Then spent on tuning like FRESH7 (printed with its mistakes by corpus_score.py; one
# test per rule in test_import_fresh8_rules.py): a header's bare posting date as the year of a
# page that writes none (an upload stamp with a clock time is not), 2013年元旦 no year written;
# 截止到 and (下周三)下班前 deadlines; a notice's addressee list, 组织机构 posts and a contact list
# no tasks; a schedule's 第X周:(dates)name weeks as phases; 2、3月18日 and 1.2017年度 open items;
# an activity card (项目: / 活动规则: fields) one item; a 20xx年 signature and an essay site's
# 因篇幅问题 line closing the last item; persons by post before 负责, after 负责人:, and staff
# (门卫, 司机) as owners; a second unit 负责协调 after 由A负责; an item's own days and a 时间
# heading's dates no deadline; 由A承办,B配合 as a heading's role line (主办/承办 a pair is no
# role), goals under a goal line inside a task; units in the clauses before 负责, 团总支 and 企业
# as units; a heading saying 由X负责 over its steps; titles: 策划书, 【X策划】, (已由…通过), 政府
# 信息公开, a template's 范文仅供参考 note, a byline and a page number (2). The scorer's list of
# fresh8's neutral items gained 181 l.28, which its README names as neutral. Floors at the
# figures reached: every figure 100 % but titles 17/20 (177's site residue line 全球旧事资料 分类
# glued to the title, 179's title behind a document site's page marker, 182's 以下活动方案 read
# from its preamble where the gold wants none), 41 written for 41 (its ceiling on tasks written rose from the blind run's
# 0.98, too few were written then, to the figure reached). It is no longer blind; the next
# blind measurement needs a new folder. Titles 18/20 since fresh11's tuning (179: the site's
# sharing notice is noise, and a name written before and after a subtitle is the title once).
# Titles 19/20 since fresh16's tuning (177: a site's category label …资料 分类 is no piece of a
# title broken over two lines).
FRESH8_FLOOR = {"recall": 1.0, "owners": 1.0, "due": 1.0, "phase": 1.0, "goal": 1.0,
                "title": 0.95}
FRESH8_MAX_PER_TASK = 1.0

# Once blind: fresh9 (tests/data/import-corpus-fresh9, 191–210, 67 tasks), gathered and gold
# written and committed (2459137) by someone who never ran the importer nor read its code, while
# fresh8 was being spent on tuning; weighted toward government offices (townships, county and
# city bureaus, task-division tables, 2008–2026). Its one blind run, after that tuning, per
# document only: recall 55/67, owners 26/61, due 16/22, goals 0/3, phases 5/5, titles 18/20,
# 0.99 written per real task, none refused. Then spent on tuning like FRESH8 (printed with its
# mistakes by corpus_score.py; one test per rule in test_import_fresh9_rules.py): role words
# inside a role line decide (责任部门:A牵头,B配合), 有关部门 supporting a unit named in charge,
# 社 a unit, fields sharing one 部门 (公安、交通部门); record fields one a line not joined; a
# heading naming only its unit in charge (X局负责:) or ending in a colon over short items closed
# by a role line (协助单位: / 工作协助部门:) the item; staged report steps under a heading its one
# item; tables: 责任单位或牵头单位, a pipe cell broken over two lines, a merged category cell, a
# space-separated row read from the right, cells wrapped in bars one a line, a short last row
# cut; the next item number after a full stop on one line; a goal line after a full stop; a
# role sentence opening a paragraph under its heading; a page's 字体:[ 大 ] line as noise; a
# title written twice glued, a caption's bars. The scorer's list of fresh9's neutral items
# gained 198 l.15, which its README names as neutral. Floors at the figures reached: every
# figure 100 % but owners 60/61 (192 (一) wants only the first of two 责任领导 where every other
# split's gold joins them with 、), 69 written for 67: its ceiling on tasks written rose from the
# blind run's 0.99 (too few were written then: 12 tasks missed) to the figure reached, the two
# extra being rows cut inside their unit lists by the page's end (191 row 3, 204 九、1、), which
# its gold leaves out where fresh7's keeps such an item without the cut unit. It is no longer
# blind; the next blind measurement needs a new folder.
FRESH9_FLOOR = {"recall": 1.0, "owners": 0.983, "due": 1.0, "phase": 1.0, "goal": 1.0,
                "title": 1.0}
FRESH9_MAX_PER_TASK = 1.03

# Once blind: fresh10 (tests/data/import-corpus-fresh10, 211–224, 14 documents, 43 tasks).
# Gathered, and its gold written and committed (b2bc720), by someone who never ran the
# importer nor read its code, while fresh9 was being spent on tuning (city task tables, flattened
# Word previews, 实事 items with 完成时限 / 主要责任单位 / 协办单位 blocks, townships, an enterprise;
# the collection gave only 14 usable pages). Its one blind run, after that tuning, per document
# only: recall 30/43, owners 13/41, due 7/16, goals 0/0, phases 3/4, titles 11/14, 0.86 written
# per real task, none refused. Then spent on tuning like FRESH9 (printed with its mistakes by
# corpus_score.py; one test per rule in test_import_fresh10_rules.py): 完成期限: a deadline field
# like 完成时限:; 项目负责人:A局某甲、B局某乙 the first unit's person as leader (any surname, not a
# post); 由某甲副市长负责 an official by post as leader; lone | lines between one-per-line cells
# are boundaries, not cells; (A、B等负责) with a bare 等 the owners, 列第一位者为牵头单位 (and its
# 下同) the first listed the lead; a one-line continued page split at items counting on from
# (十一); a heading with 牵头单位:/配合单位: fields over its 主要任务: steps the item, a glued
# 主要任务: ending the role field; a year in Chinese numerals (二OO八年); a phase range with days
# without 日; a Traditional page list (X_第5頁) as noise; an essay site's 第壹章: before a title
# run into its preamble; a Word table flattened into one line (header glued after 序号, row
# numbers glued to the cell before). Floors at the figures reached: every figure 100 % but
# titles 13/14 (212's caption, glued before 序号 on the flattened table's line, is not taken for
# the title), 46 written for 43: its ceiling on tasks written rose from the blind run's 0.86
# (too few were written then: 13 tasks missed) to the figure reached, the three extra being
# items cut by the page's end, which its gold leaves out: 219 十四、 and 220 三十、 (their
# deadlines kept, their units cut) and 212's l.5, the tail of row 5 after a page marker (3、施建
# 2021年2月底; 212's row 2, neutral, is not counted). It is no longer blind; the next blind
# measurement is fresh11's, gathered separately. Titles 14/14 since fresh11's tuning (a document
# site's sharing notice, 《X.docx》由会员分享…, is noise, so 212's caption is the title).
FRESH10_FLOOR = {"recall": 1.0, "owners": 1.0, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 1.0}
FRESH10_MAX_PER_TASK = 1.07

# Once blind: fresh11 (tests/data/import-corpus-fresh11, 231–246, 16 documents, 29 tasks).
# Gathered, and its gold written and committed (02f8618), by someone who never ran the
# importer nor read its code, while fresh10 was being spent on tuning (street offices,
# townships, schools, city pages; the collection gave 16 usable pages in 62 queries). Scored
# once, after that tuning, per document only (corpus_score.py --fresh11; its mistakes were not
# printed then): recall 22/29, owners 8/22, due 6/8, goals 1/1, phases 1/1, titles 9/16, 1.03
# written per real task, none refused. Then spent on tuning like FRESH10 (printed with its
# mistakes by corpus_score.py; one test per rule in test_import_fresh11_rules.py): an essay
# site's sample number in digits (…方案1), its count of samples ((实用16篇)) and a title wholly
# in 【】 out of titles; ㈠…㈩ as headings; a 会同 clause without a subject after 由A牵头, and
# 在B的协助下, naming support; an empty 责任单位: filled by the (1)A负责… lines below it; a
# heading whose own sentence says by when the whole work is done an item over its steps, and
# 现印发你们 a cover notice; a hospital by its number (二医) a unit, 应急管理 no clause opening
# with 应, 等相關部門 closing a Traditional list; a range of months under a 时间 heading and days
# followed by 期间 no deadline; an article site's copyright footer as noise; role lines closing
# a heading's last paragraph the heading's, a preamble announcing the plan no item; a shorter
# line with three inline items counting up split, a unit named by its heading and again by its
# text named once; a count of working days without 内 no deadline; a document site's sharing
# notice as noise, its chunks cut after an item's label one text, …及分工 run into its preamble
# a title; a name written before and after a subtitle the title once. Floors at the figures
# reached: every figure 100 %, 30 written for 29: the extra one is 237's goal statement under
# 目标任务, dated by its 到20xx年底, which its gold leaves out where fresh3 88 and fresh8 179 keep
# a dated statement under 工作目标 as a task (as main 17 五、) and extra 30 and fresh4 111 call
# one neutral, so it is not chased. Its ceiling on tasks written is the figure reached. It is
# no longer blind; the next blind measurement was fresh12's, gathered separately.
FRESH11_FLOOR = {"recall": 1.0, "owners": 1.0, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 1.0}
FRESH11_MAX_PER_TASK = 1.04

# Once blind: fresh12 (tests/data/import-corpus-fresh12, 251–270, 20 documents, 35 tasks, 19
# goals). Gathered, and its gold written and committed (1c71745), by someone who never ran the
# importer nor read its code, while fresh11 was being spent on tuning (provincial, city and
# county 任务分解 notices mostly; 20 usable pages in 83 queries). Its README's task-level neutral
# items with a line were copied into NEUTRAL before its one run, after that tuning, per document
# only (corpus_score.py --fresh12; its mistakes were not printed then): recall 25/35, owners
# 10/29, due 7/8, goals 12/19, no phases, titles 13/20, 1.06 written per real task, one refused
# (253, a page whose items carry no label the importer reads). Then spent on tuning like FRESH11
# (printed with its mistakes by corpus_score.py; one test per rule in
# test_import_fresh12_rules.py): question marks opening a line (??一、) a full-width indent lost
# to a narrow encoding, so 253 is read; 主办处室: / 协办处室: as lead / support (the role labels
# moved to role_labels.py); a year of three digits before its month (110年3月) a 民國 year; 由A会同B
# 等部门负责 A's with B's support, not a unit A会同B; 各县、市、区政府 one name, and 和 between two
# whole units splitting them unless the second is a bare head sharing the first's place
# (X党委和人民政府; shared_heads.py); (A总牵头) a lead; units in an item's closing brackets with
# no role word led by the first where the document notes 列第一位者为牵头部门,下同
# (first_listed.py; the others only in a review note); 发文机关: no unit, so a page's metadata
# lines are no tasks; 工作目標 a goal heading in Traditional script; a line wholly in 《》 (a
# document number before it allowed) a line of its own, and a signing date with ○ for its zeros
# a year; a title broken over three lines joined; a breadcrumb alone on its line (A > B > C)
# noise; a sample's number before its name (方案二:) the site's; a preview opening with the same
# name twice titled by it; an excerpt's last line cut inside a role label (牵头责任) dropped; a
# 总体要求 item closing on its roles ((分管副省长负责,省发展改革委牵头,…)) a task. Floors at the
# figures reached: recall 34/35, owners 23/29, due 8/8, goals 19/19, titles 20/20, 37 written
# for 35, none refused, every draft passing `tracker check`. Not chased, as the gold disagrees
# with what the other splits hold: 251's masked 责任人:XXX as owners (extra 37's 责任人;xx is left
# out, and a placeholder is no unit to write into units.yaml), 251's posting date (时间:2021-08-31,
# no clock) not the year (a header's posting date is the year of a page that writes none: fresh7
# 161 takes 2015 from [日期:2015-06-11]), 267's year from the paper's 13.03.2015 07:51 (a date
# with a clock time is the site's, not the document's), 259's year 2014 (a judgment: the text
# states 2013 first), 269's 分管副省长 / 协管副秘书长 as owners (a post heading the work is its
# leader elsewhere, as 杨甲副市长), 268's 愛心志工 (volunteers, no unit) as support. Not chased either: 255's (一), a leading group's organisation
# paragraph (鎮領導小組由鎮長任組長,…,負責…) taken as a task; and two extra tasks its README calls
# neutral escape NEUTRAL (264 l.13 is written without its label (一) above; 268's 七、(一)(二)
# stand on ll.17–18, not the README's ll.18–19). It is no longer blind; the next blind
# measurement was fresh13's, gathered separately.
FRESH12_FLOOR = {"recall": 0.971, "owners": 0.793, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 1.0}
FRESH12_MAX_PER_TASK = 1.06
FRESH12_REFUSED: list[str] = []

# Once blind: fresh13 (tests/data/import-corpus-fresh13, 271–290, 20 documents, 40 tasks, 12
# goals). Gathered, and its gold written and committed (5699f09), by someone who never ran the
# importer nor read its code, while fresh12 was being spent on tuning (activity and union
# notices, street offices, schools, a hospital, enterprises; 20 usable pages in 77 queries). Its
# README's task-level neutral items with a line were copied into NEUTRAL before its one run,
# after that tuning, per document only (corpus_score.py --fresh13; its mistakes were not printed
# then): recall 23/40, owners 5/25, due 9/15, goals 12/12, no phases, titles 13/20, 0.88 written
# per real task, one refused (290, a whole plan on one line). Every other draft passed `tracker
# check`. Then spent on tuning like FRESH12 (printed with its mistakes by corpus_score.py; one
# test per rule in test_import_fresh13_rules.py): a whole plan on one line losing only the
# sentences of site noise it holds (…下面是小编…收集的…), so 290 is read, and a field row 标题 | X |
# titled X; the person a 负责人: field names (负责人:[ X ] too) owning the item beside the units its
# 牵头单位: or 由…负责 clause names, and in place of a group named by its heading, with 由A负总责
# read as 由A负责 and 各X为第一责任人 owning beside it (in_charge.py; 蒲 among the surnames); 由A主办,
# B协办 a lead and its support (由A主办、B承办 still an event's sponsors); a site's 最新 before a
# name, a list's dash before a notice, a sample's number after a notice (X通知1), a breadcrumb
# closing on its separator (首页 > 其他 >), a collection's heading (X集合(精选3篇)) and a sample's
# ordinal in brackets (…策划案【第一篇】, 策划案 a plan's name as 策划书 is) no title's;
# a notice's closing 特此通知。, a signing date in Chinese numerals (二O一五年) or masked by stars
# (20**年) and a signature left blank (通知人: / 日期:) closing it, so its last item keeps its one
# line and deadline; addressees alone over the opening, or with the opening run on after them
# (各单位、各部门: 今年…,为…), no unit's heading nor item; 3月27日下午放学前 a deadline as 下班前 is;
# how long an entry must be (字数不少于20个) no goal. Floors at the figures reached: recall 36/40,
# owners 19/25, due 13/15, goals 12/12, titles 20/20, 41 written for 40, none refused, every
# draft passing `tracker check`. Not chased, as the gold disagrees with what the other splits
# hold: 271's masked 分管责任人:XXX as owners (as fresh12 251's 责任人:XXX: a placeholder is no unit
# to write into units.yaml); 276's dated goal statements under 工作目标 (到2022年底,全省新增…)
# written as tasks, which its gold leaves out where fresh3 88 and fresh8 179 keep a dated
# statement under 工作目标 as a task (as fresh11 237); 276's year 2021 and 283's 2020 (judgments:
# 276 states no date of its own and the importer takes the last year of its period, 283's
# title names 2021年度 first, and a year the text states first is the year elsewhere, as fresh12
# 259). Not chased either: 276 (一) behind a page marker
# with its period glued (20212025年); 279 (一), a 原則 paragraph naming a 第一責任人 and a body
# 受…委託負責 with no unit in a role the importer reads; 280 五、 (领导小组下设办公室,办公室设在安全部,具体负责…, over
# empty 组长: / 成员: lines: its l.11 is written alone, the office not read as its subject); 281
# (二) (由各村(社区)包村领导和各村(社区)书记实行包村(社区)负责); 284's support 体育系 (a
# university's 系 is no unit ending the importer reads, as 体系 and 关系 would be misread); 285's
# extra goal (不少于1个 among a party committee's recommendations). It is no longer blind; the
# next blind measurement was fresh14's, gathered separately. While fresh15 was spent, 280 五、
# came in (the office set up under the body owns it): recall 37/40, owners 20/25. While fresh21
# was spent, 279 (一) came in (its 第一責任人 owning it; its second owner, 受…委託負責, still
# missed) and 276's three dated goal statements went (a numbered goal item opening on its
# horizon, 到2022年底,…, no task, as an unnumbered one; fresh3 88, fresh8 179 and fresh11 237,
# whose dated items open on a topic or a date without 到, keep theirs): recall 38/40, 39 written.
FRESH13_FLOOR = {"recall": 0.95, "owners": 0.8, "due": 0.866, "phase": 1.0, "goal": 1.0,
                 "title": 1.0}
FRESH13_MAX_PER_TASK = 1.0
FRESH13_REFUSED: list[str] = []

# Once blind: fresh14 (tests/data/import-corpus-fresh14, 291–310, 20 documents, 51 tasks, 15
# goals, 11 phases). Gathered, and its gold written and committed (3771751), by someone who
# never ran the importer nor read its code, while fresh13 was being spent on tuning (townships
# and a village, enterprises, a hospital, two plans with dated phases and tasks, two
# task-division lists; 20 usable pages in 67 queries). Its README's task-level neutral items with
# a line were copied into NEUTRAL before its one run, after that tuning, per document only
# (corpus_score.py --fresh14; its mistakes were not printed then): recall 37/51, owners 20/37,
# due 6/16, goals 13/15, phases 2/11, titles 10/20, 0.90 written per real task, one refused (304,
# group duties stitched into one line). Then spent on tuning like FRESH13 (printed with its
# mistakes by corpus_score.py; one test per rule in test_import_fresh14_rules.py): a numbered
# schedule line X月X日—X日为…阶段 a phase with its dates, not a task (5月11—13日 a range too, 6月3日—日
# open-ended, 4、5月11—13日 an item as 4、5月11日 is); a document site's 上传时间: no year of the
# plan; a title opening on its year without 年 (2023X计划1) states the year; 每年3月底前 recurring
# wording, no deadline; X组:组长某甲,负责… owned by the group; 由A主办,B承办,C协办 → A leads, C
# supports; a site's 范例, a sharing site's 《X》由会员上传分享… blurb, a version note (…版) and a
# 文号 under a title no part of it. Floors at the figures reached: recall 37/51, owners 25/37, due
# 11/16, goals 13/15, phases 9/11, titles 14/20, 42 written for 51, 304 still refused, every
# other draft passing `tracker check`. Not chased, as the gold disagrees with what the other
# splits hold: 309 l.5's two staged year-end deadlines (2022年底前…2023年底前) as no deadline,
# where main 02 and 298 itself keep the last of staged dates. Not chased either (time): 293's
# labels mid-line (its (3) runs on into 七、…, whose 10月15日前 it takes over 9月底结束); 305, a
# whole plan on one line with garbled phase dates; 304, group duties stitched into one line; 303 (一) a unit heading over 负责… and
# its groups; 301 (一) and 306 二、 inside phases and over 组长 lines; 300's annex of road
# sections; 292's 成立X领导小组,X负责 (the 成立 clause read as a unit); 296's 主办:/承办: fields
# on one flattened line; the cover-notice titles of 300, 302 and 304; 293's site heading. It is
# no longer blind; the next blind measurement was fresh15's, gathered separately. While fresh15
# was spent, three of those came in: 292 二、 (the 成立 clause no second unit), 306 二、 (the
# office under the body, who heads it passed over) and 291 1、 (一、二期 no heading, 基本情况 after
# the heading the work's): recall 39/51, owners 27/37, due 12/16, 44 written. While fresh16 was
# spent, 305's title came in (a title glued to its preamble over a stray quote mark): titles 15/20.
# While fresh19 was spent, 292's (a file name ending in the plan's name glued to the same heading
# and its preamble, …_X方案三X方案三为…) and 293's (an essay site's “X计划”学校工作计划): titles 17/20.
FRESH14_FLOOR = {"recall": 0.764, "owners": 0.729, "due": 0.75, "phase": 0.818, "goal": 0.866,
                 "title": 0.85}
FRESH14_MAX_PER_TASK = 0.87
FRESH14_REFUSED: list[str] = ["304"]

# Once blind: fresh15 (tests/data/import-corpus-fresh15, 311–330, 20 documents, 33 tasks, 24
# goals, 6 phases). Gathered, and its gold written and committed (a122a15), by
# someone who never ran the importer nor read its code, while fresh14 was being spent on
# tuning (a village's target list, county 工作要点, vaccination and campaign phases, sports
# meets, union activities, a flattened task list; 20 usable pages in 56 queries). Its README's
# task-level neutral items with a line were copied into NEUTRAL before its one run, after that
# tuning, per document only (corpus_score.py --fresh15; its mistakes were not printed then):
# recall 25/33, owners 21/30, due 3/4, goals 19/24, phases 5/6, titles 12/20, 1.03 written per
# real task, none refused; every draft passes `tracker check`. Then spent on tuning like
# FRESH14 (printed with its mistakes by corpus_score.py; one test per rule in
# test_import_fresh15_rules.py): a numbered group over 组长: / 组员: / 职责: lines one task the
# group owns (职责: no heading over the groups); the body a 组织机构 item sets up (成立了X领导小组,
# 下设办公室于Y, 办公室设在Y) owns its duty, its member list in the heading's item; posts given
# their shares sentence by sentence (校长负责…。班主任负责…) all own it, 协同配合 supports; 由 no
# part of staff in a 由…负责 clause; 壹、貳、參… heading a Taiwan plan's sections over its 一、;
# a stage named after its dates and 为; a 任期目标 list a target list, scores in 分 a measure;
# 报名工作:11月17日—25日 the days a step runs, no deadline; 活动场所: and 家校 no units; a body's
# member list no task; 责任单位:县财 cut by the page's end a cut item; a title without a form's
# 编制人:, attachment file names, a site's category before 之, or the uploaded file's name over
# the document's own title; …三年任期目标 a title. Two lines of its README's neutral list
# missed by the copy into NEUTRAL were added (320 l.23, 329 l.57). Floors at the figures
# reached: recall 32/33, owners 30/30, due 3/4, goals 24/24, phases 6/6, titles 17/20, 33
# written for 33, none refused, every draft passing `tracker check`. Not chased, as the gold
# disagrees with what the other splits hold: 317 ㈢ over 一是… (main 19 and fresh9 202 keep 一是
# as the item's label, so its 3月5日前 stays on 一是); the cover notices' titles of 314, 318 and
# 321 (fresh12 253–265 want the plan's own title after a cover notice); 329's year (2021-05-24 in
# the page's header, read as the year by the other splits, 2026 here); 316's 治理率达到70% (a
# target verb outside a goal section, read as a goal elsewhere). It is no longer blind; the next
# blind measurement was fresh16's, gathered separately.
FRESH15_FLOOR = {"recall": 0.969, "owners": 1.0, "due": 0.75, "phase": 1.0, "goal": 1.0,
                 "title": 0.85}
FRESH15_MAX_PER_TASK = 1.0

# Once blind: fresh16 (tests/data/import-corpus-fresh16, 331–350, 20 documents, 35 tasks, 24
# goals, 8 phases). Gathered, and its gold written and committed (76e9cd6), by
# someone who never ran the importer nor read its code, while fresh15 was being spent on tuning
# (township and county campaign plans, school and hospital activity plans, goal lists, a task
# table; 20 usable pages in 58 queries). Its README's task-level neutral items with a line were
# copied into NEUTRAL before its one run, after that tuning, per document only
# (corpus_score.py --fresh16; its mistakes were not printed then): recall 29/35, owners 18/30,
# due 5/6, goals 24/24, phases 4/8, titles 14/20, 1.31 written per real task, none refused; every
# draft passes `tracker check`. Then spent on tuning like FRESH15 (printed with its mistakes by
# corpus_score.py; one test per rule in test_import_fresh16_rules.py): titles — a sentence ending
# in an ASCII full stop is no title line, an essay site's sample number after the name ((一),
# 『范文1』) no part of it, 竞赛规程(总则) a plan's name and a lost-year date (年2月28日) no piece of a
# broken title, a 篇1 marker's own name over the preamble's and a bare 篇一 no title, a site's
# category label (…分类) no piece of a title, a stray quote between a title and its preamble;
# precision — an activity's text then its 时间: / 地点:…责任部门: fields one card, a goal
# section's paragraph opening on its horizon (到2025年底前) goals only, 日程安排 a schedule whose
# dated steps are phases (a 截止到 bracket a deadline), a 联系人: line no paragraph of work, a
# 时间: field with a masked year, a 时间和地点 heading or a 时间 heading glued to its dates no
# deadline, a header's lone | cells no row, a 顾问: / 负责人: / 成员: staff list no task, 活动路线:
# a field; owners — 承办单位: no role label, a group heading X牵头工作(8项) the task its unit
# leads; the year of a title opening on it before 『范文1』. Floors at the figures reached: recall 34/35, owners 26/30,
# due 6/6, goals 24/24, phases 4/8, titles 19/20, 35 written for 35, none refused. Not chased, as
# the gold disagrees with what the other splits hold: 332's title (its gold wants the cover
# notice's whole title where the plan's own title is not shown; fresh2 63/66/68/70 and fresh6
# 136 want the plan's name from the same shape of page, so it is the name the notice hands out);
# 346 二、's 镇人民政府 (责任主体为…: its gold reads 责任主体 as no role word, the earlier splits
# taught it as one). Left for now: 348's phases (5月2日7日, the dash lost), 349's second phase
# inside a flattened line (…。清理清运阶段:8月11日至21日…), 341 3. over sub-activities each with
# its own 责任单位:, 345 6's 办公室 cell. While fresh21 was spent, 348's and 349's phases came in
# (two days whose dash was lost a range; a stage named with its dates after a full stop on a
# flattened line a paragraph of its own): phases 8/8.
FRESH16_FLOOR = {"recall": 0.971, "owners": 0.866, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 0.95}
FRESH16_MAX_PER_TASK = 1.0

# Once blind: fresh17 (tests/data/import-corpus-fresh17, 351–368, 18 documents, 30 tasks, 7
# goals, 6 phases). Gathered, and its gold written and committed (53bc386), by someone who never
# ran the importer nor read its code, while fresh16 was being spent on tuning (school and college
# activity plans mostly, a township's election schedule, a 医共体 plan, goal lists, four pages
# with nothing to find; 18 usable pages in 51 queries). Its README's task-level neutral items
# with a line were copied into NEUTRAL before its one run, after that tuning, per document only
# (corpus_score.py --fresh17; its mistakes were not printed then): recall 19/30, owners 8/19, due
# 11/11, goals 7/7, phases 5/6, titles 9/18, 0.70 written per real task, none refused; every
# draft passes `tracker check`. Then spent on tuning like FRESH16 (printed with its mistakes by
# corpus_score.py; one test per rule in test_import_fresh17_rules.py): titles — a site's column
# tag in square brackets ([机械]) or a masked name's asterisks (****) before the title no part of
# it, a site's banner (… - …网站) no piece of a title broken in two, a file's name with its
# extension (X策划书.docx) or a sample's name before its word count (X策划书(1440 字)…) the title of
# a flattened page, a title line above a news page's byline ([日期:…] 来源:…) when nothing opens
# the body, a title garbled by the page (篇一:?…方案) giving way to the clean line above naming it; recall and owners — an activity's numbered field lines ((1)主办单位: / (2)主要负责人:)
# its card, one task led by its host; a 负责人: field naming a post (负责人:托班教师) its owners; A、B
# 作为X的具体负责部门 its owners; due — an activity's days in brackets after its name (X比赛(4月4日——
# 4月21日)) when it happens, no deadline. Floors at the figures reached: recall 29/30, owners 18/19, due
# 11/11, goals 7/7, phases 5/6, titles 15/18, 30 written for 30, none refused. Not chased, as the
# gold disagrees with what the other splits hold: 360's and 368's titles (the cover notice's
# whole title, where fresh12 253–265 want the plan's own name, as with fresh15 321 and fresh16 332); 354's (the
# issuer's line over 关于…的实施方案, a title over two lines elsewhere, dropped by its gold after a
# 第一篇: mark); 361's year (2023 in the page's header and site title, read as the year by the
# other splits, 2026 here). Left for now: 357 (a 策划书 flattened to one line, its 主办: / 协办: cells glued
# to 四、), 353's phase inside a flattened paragraph. While fresh19 was spent, 354's title came in
# after all (an issuer's own line above a plan's title opening with 关于 no piece of it, as
# fresh19 wants too; a notice's title keeps its issuer): titles 16/18. While fresh21 was spent,
# 353's phase came in (三、X(一)Y阶段(…) on one line: the heading split from its first (一)):
# phases 6/6.
FRESH17_FLOOR = {"recall": 0.966, "owners": 0.947, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 0.888}
FRESH17_MAX_PER_TASK = 1.0

# FRESH18 (tests/data/import-corpus-fresh18, 371–390, 20 documents, 8 tasks, 17 goals, 3
# phases): once blind, since spent on tuning. Gathered, and its gold written and committed
# (32f2294), by someone who never ran the importer nor read its code, after fresh17 was spent on
# tuning (county, township and street plans mostly: 控辍保学 goal lists, campaign notices,
# Traditional pages with glued pinyin, three school plans; few role lines left that earlier
# folders had not taken). Its README's task-level neutral items with a line were copied into
# NEUTRAL before its one blind run, per document only: recall 4/8, owners 1/8, due 1/1, goals
# 17/17, phases 3/3, titles 12/20, 0.75 written per real task, one page refused whole (379,
# `没有找到方案结构`). Rules learnt from it (tests/importer/test_import_fresh18_rules.py): a
# notice's title run into its preamble on a flattened line (X的通知为…) the title; a sample
# heading X方案范文(精选10篇)1 names X; a site's file name (…范文) before the plan's own title,
# its 范文稿 and preamble on one line; a document's outline (目录/提纲:) before its title no
# plan of its own; a page's headline over a copy glued to 一、 (quote marks aside) the title; a
# comma doubled before 、 , ; 。 (一,、) dropped, so 379 is read; a signing date in Chinese
# numerals no piece of the title under it; X要牵头 a lead. Floors at the figures reached: recall
# 4/8, owners 2/8, due 1/1, goals 17/17, phases 3/3, titles 17/20, 6 written for 8, none refused.
# Not chased, as the gold disagrees with what the other splits hold: 375's, 376's and 379's
# titles (the cover notice's whole title, where fresh12 253–265 and fresh2 63/66/68/70 want the
# plan's own title after a cover notice, as with fresh15 321, fresh16 332, fresh17 360); 372's
# masked 分管领导 XXX (no leader by its gold, where fresh13 271 keeps a masked XXX as a name).
# Left for now: 381 (辦公室設在縣禁毒辦,負責… under 组织领导), 387's sections whose 责任单位: lines
# follow their sub-items, 389's 3、 and 390's 三、 (not found), the years of 375 (2018 read, the
# gold 2017) and 387 (2021 read, a masked 〔20**〕 and 2026 by its gold).
FRESH18_REFUSED: list[str] = []
FRESH18_FLOOR = {"recall": 0.5, "owners": 0.25, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 0.85}
FRESH18_MAX_PER_TASK = 0.76

# FRESH19 (tests/data/import-corpus-fresh19, 391–410, 20 documents, 6 tasks, 12 goals, 1
# phase): once blind, since spent on tuning. Gathered, and its gold written and committed
# (c260a38), by someone who never ran the importer nor read its code, while fresh18 was being
# spent on tuning (township and county plans: 防溺水, 河长制, 消防, 秸秆禁烧, 自建房; cover notices,
# 公示 wrappers, essay and document sites, three Traditional pages). Its README's task-level
# neutral items with a line were copied into NEUTRAL before its one blind run, per document only:
# recall 2/6, owners 1/6, goals 12/12, phases 1/1, titles 14/20, 2.17 written per real task,
# none refused (its first run hung on 399: a pattern that backtracked without bound, fixed as a
# defect before the figures were taken, see test_import_linear_time.py). Rules learnt from it
# (tests/importer/test_import_fresh19_rules.py): titles — an essay site's 第一篇: before the title
# no part of it; a collection heading X2023(通用5篇) then the sample's X2022篇1 and preamble on one
# line name X; a file name ending in the plan's name glued to the same heading and its preamble
# (…_X方案三X方案三为…) names X; an issuer's own line above a title opening with 关于 no piece of
# it; “X计划”学校工作计划 names X; tasks — a duty section (职责分工 / 成员单位工作职责) over
# unnumbered X负责… / X:负责… paragraphs one task owned by those units; 组织领导 over the group,
# its members (a deputy alone with posts, 成员单位:…组成。) and its office one task, owned by the
# unit the office sits in (办公室设在X,…负责…) when only the bodies set up are named, never by
# the group set up (成立X领导小组,负责…) beside who runs it; X负责牵头 a lead; 幼儿园 a unit;
# paragraphs under 目标及原则 principles, no tasks. Floors at the figures reached: recall 6/6,
# owners 6/6, goals 12/12, phases 1/1, titles 16/20, 6 written for 6, none refused. Not chased,
# as the gold disagrees with what the other splits hold: 391's, 392's and 402's titles (the
# cover notice's whole title, where fresh12 253–265 and fresh2 63/66/68/70 want the plan's own,
# as with fresh15 321 … fresh18 379); 403's title (its gold untitled, where the other splits
# take the plan a preamble names, 特制定X方案如下). Left for now: the years of 394 (2020 read,
# 2026 by its gold), 395 (2024, 2025), 402 (2022, 2023) and 403 (a cited 〔2013〕 read).
FRESH19_FLOOR = {"recall": 1.0, "owners": 1.0, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 0.8}
FRESH19_MAX_PER_TASK = 1.0

# FRESH20 (tests/data/import-corpus-fresh20, 411–430, 20 documents, 6 tasks, 7 goals, 14
# phases): once blind, since spent on tuning. Gathered, and its gold written and committed
# (e6a228b), by someone who never ran the importer nor read its code, while fresh19 was being
# spent on tuning (county, township and city plans: 非法采砂, 动物防疫, 道路交通, 政务服务, 危化品,
# 森林防火; cover notices, metadata, essay and document sites, OCR labels, three Traditional
# pages). Its README's task-level neutral items with a line were copied into NEUTRAL before its
# one blind run, after that tuning, per document only: recall 4/6, owners 1/4, due 2/2, goals
# 7/7, phases 10/14, titles 14/20, 1.33 written per real task, none refused; every draft passes
# `tracker check`. Rules learnt from it (tests/importer/test_import_fresh20_rules.py): a title
# run into a preamble that opens with no 为 / 根据 but ends saying this very plan is made
# (第1页共3页X方案秋季是…,特制定本工作方案。), the page marker before it left out; a template's
# masked year (XX年X方案) giving way to the year its preamble states for the unit itself
# (我镇2023年); a stage from a day on up to another (9月15日起至9月25日) one range; a notice's
# addressees after a government page's metadata fields (发文机关: / 成文日期:) a salutation, no
# unit's label; a duty section over units standing alone after a lost list number's dot
# (.县X大队。…) one task owned by them; a span of months in a goal section (用3个月左右时间) no
# target. Floors at the figures reached: recall 5/6, owners 1/4, due 2/2, goals 7/7, phases
# 12/14, titles 15/20, 6 written for 6, none refused. Not chased, as the gold disagrees with what
# the other splits hold: 415's, 419's, 427's and 430's titles (the cover notice's whole title,
# where fresh12 253–265 and fresh2 63/66/68/70 want the plan's own, as with fresh15 321 …
# fresh19 402); 417's (the essay site's X范文(通用7篇), where fresh18 wants the sample's name X);
# 412's owners (the cut .乡镇政府。 item left out by its gold, its unit named as the first one's
# is); 411's support (有关职能部门配合, a generic support the other splits keep). Left for now:
# 413's 宣传发动 stage (a garbled 9日15日), 416's 长效管理阶段 under an OCR label (S), 418's 4.
# (由X负责 inside a clause; its gold does not penalise leaving it out), 429's extra task. While
# fresh21 was spent, 413's 宣传发动 stage came in (a year then two days, 2023年9日15日前, the first
# read as its month): phases 13/14.
FRESH20_FLOOR = {"recall": 0.833, "owners": 0.25, "due": 1.0, "phase": 0.928, "goal": 1.0,
                 "title": 0.75}
FRESH20_MAX_PER_TASK = 1.0

# FRESH21 (tests/data/import-corpus-fresh21, 431–446, 16 documents, 3 tasks, 9 goals, 6
# phases): once blind, since spent on tuning. Gathered, and its gold written and committed
# (13f31be), by someone who never ran the importer nor read its code, while fresh20 was being
# spent on tuning (city, district, county and township plans: 土壤普查, 殡葬, 扬尘, 黑臭水体,
# 乡村医生签约, 烟花爆竹, 耕地, 撂荒; spam banners, page markers, essay sites, garbled dates).
# Its README's task-level neutral items with a line were copied into NEUTRAL before its one
# blind run, after that tuning, per document only: recall 2/3, owners 0/2, due 1/1, goals 4/9,
# phases 4/6, titles 11/16, 1.00 written per real task, three pages refused whole (432, 437,
# 445: `没有找到方案结构`). Rules learnt from it (tests/importer/test_import_fresh21_rules.py): a
# page holding a plan's title and nothing else (X实施方案 第3页) a plan with that title and no
# tasks; the addressees glued to a title line (X方案各行政村、乡直各单位:) no part of it; a rate
# to reach (X率达100%) in the unnumbered paragraphs before the first heading of a plan with no
# goal otherwise its goals (the goal heading dropped); a stage's masked years (x年12月至x年6月)
# no more than its months, and a start month no calendar has (2023月) no start; a heading
# naming who does the work (创立主体) run into the unit after it no part of the unit's name; a
# count opening a quoted slogan (“3个代表”) no target; a date range said with 为 a stage's
# span, no deadline; on a flattened page, a full stop, a space and a marker a paragraph break
# (two of them on a shorter line too); a document site's footer (1亿VIP精品文档) noise; the one
# an item names 第一责任人 its owner when no unit is named; a numbered goal item opening on its
# horizon (到2022年底,…) no task. Floors at the figures reached: recall 3/3, owners 2/2, due
# 1/1, goals 9/9, phases 6/6, titles 14/16, 3 written for 3, none refused, every draft passing
# `tracker check`. Not chased, as the gold disagrees with what the other splits hold: 443's
# title (the cover notice's whole title, spam and all, where fresh12 253–265 and fresh2
# 63/66/68/70 want the plan's own, as with fresh20 415 …); 432's (the document site's
# collection title X例文二则, where fresh18 wants the sample's name X; it is left unnamed);
# the years of 433 and 446 (a single cited 文号 in the preamble, 民发〔2018〕5号, read as the
# year, where fresh2 61 wants a cited document's year read).
FRESH21_REFUSED: list[str] = []
FRESH21_FLOOR = {"recall": 1.0, "owners": 1.0, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 0.875}
FRESH21_MAX_PER_TASK = 1.0

# FRESH22 (tests/data/import-corpus-fresh22, 447–466, 20 documents, 20 tasks, 27 goals, 5
# phases): once blind, since spent on tuning. Gathered, and its gold written and committed
# (1eea2e5), by someone who never ran the importer nor read its code, while fresh21 was being
# spent on tuning (a provincial department's 台账 table, city and district 设备更新 / 政府工作报告 分工
# plans, a county, two townships, schools and kindergartens; goal-only excerpts, a page flattened
# to one line, a Traditional page). Its README's task-level neutral items with a line were
# copied into NEUTRAL before its one blind run, after that tuning, per document only (its
# mistakes not printed then): recall 11/20, owners 7/20, due 1/3, goals 25/27, phases 1/5, titles 13/20,
# 0.65 tasks written per real task, none refused; every draft passes `tracker check`. Rules
# learnt from it (tests/importer/test_import_fresh22_rules.py): a `|` table's lone closing bar
# (… | 长期推进 |, then |) closes the row above, the table goes on, and a row short of a middle
# cell (细化分工 dropped) is aligned on its dated cell; a unit cell A会B (宣传处会办公室) A's, B
# supporting; a title's count of items (共计121项) no part of it; a line naming only a kind of
# plan (责任分解方案) under its subject line one title, the plan after a cover notice starting at
# the subject; an info box's category line (分 类: 其他;通知) no title, its 名称 field the plan's
# name when no title line is; a table caption's closing bar dropped; an uploaded file's name
# without its page count, extension and the site's words (X(18页).docx下载文档); a preamble's
# 本园X计划 the plan naming itself, the title glued before it taken; 时间表和路线图 a plan's name,
# a bare one named fully by the page's first line ending in it; 一 between two dates a dash,
# and a stage with two windows from the first start to the last end; 第一步:2018年为X阶段 the
# stage X, the whole year; a masked name (王xx) a person, under 负责人: the owner; A和B分别牵头、C
# A and B leading, C owning; 责任单位:A、B(列第一位者为牵头或汇总单位,下同) A leading, all owning,
# in the items after too, the note no part of B's name. Floors at the figures reached: recall
# 20/20, owners 18/20, due 2/3, goals 25/27, phases 5/5, titles 20/20, 22 written for 20 (its
# ceiling on tasks written rose from the blind run's 0.65, too few written then), none refused.
# Not chased, as the gold disagrees with what the other splits hold: 447 ll.26/28's owners (the
# first-listed lead left out of owners, where fresh10 221 wants all listed units as owners);
# 450 row 3's 2021年8月前 (read as 8月31日, where the date convention makes X月前 the end of
# the month before, tracker/dates.py); the years of 451 and 452 (a cited 文号 in the preamble
# read as the year, as fresh2 61 wants, as with fresh21 433/446); 452's l.3 (a paragraph setting
# up a 工作专班 that then 负责…, owned by the body set up when no one else is named, set_up.py);
# 460's l.10 (a 职责分工 section's unit:duty paragraphs, which the other splits read as work,
# duty_section.py). Left for now: 457's two goals under 總體要求 (到2022年 targets outside a goal
# heading, the gold's judgment).
FRESH22_REFUSED: list[str] = []
FRESH22_FLOOR = {"recall": 1.0, "owners": 0.9, "due": 0.666, "phase": 1.0, "goal": 0.925,
                 "title": 1.0}
FRESH22_MAX_PER_TASK = 1.1

# FRESH23 (tests/data/import-corpus-fresh23, 467–486, 20 documents, 12 tasks, 3 goals, no
# phases): once blind, since spent on tuning. Gathered, and its gold written and committed
# (c3171bd), by someone who never ran the importer nor read its code, while fresh22 was being spent on
# tuning (a district's 2024 政府工作报告 分工 — the next year's edition of fresh22 447, so
# partly seen —, a 2011 city 消防 plan's page with 责任部门 / 配合部门, city and county 营商环境,
# 医疗卫生, 政务公开, 安全生产治本攻坚, 医保 plans, a street office; many cut before their tasks).
# Its README's task-level neutral items with a line were copied into NEUTRAL before its one
# blind run, after that tuning, per document only (its mistakes not printed then): recall 12/12,
# owners 4/11, due 4/4, goals 3/3, no phases, titles 18/20, 1.00 tasks written per real task, none
# refused; every draft passes `tracker check`. Rules learnt from it
# (tests/importer/test_import_fresh23_rules.py): a role line's unit with its levels in hexagonal
# brackets (各县〔市、区〕政府) one name, the 、 inside 〔〕 splitting nothing, its 〕 ending no
# value; under 列第一位者为牵头或汇总单位,下同 a unit named alone owning its item, leading
# nothing; 责任单位(科室): / 牵头单位(部门): the label itself; 来源: X局 发布时间: 2023-08-03 15:39
# the plan's year when the text writes none; (20242026年) a range from its first year. Floors at
# the figures reached: recall 12/12, owners 10/11, due 4/4, goals 3/3, no phases, titles 18/20,
# 12 written for 12, none refused. Not chased, as the gold disagrees with what the other splits
# hold: 467 l.41's owners (the first-listed lead left out of owners, where fresh10 221 wants all
# listed units as owners, as with fresh22 447); 472's title (left empty where only the cover
# notice names the plan; fresh16 332, fresh18 375, fresh20 430 take the notice's title then);
# 485's title (the uploaded file's name XX镇…(2024—2026年).docx, where fresh15 316 takes the
# document's own title opening its preview, XXX镇…(20242026年)). Neutral by its README: the
# years of 481 (a site summary's 2024 edition) and 484 (a cited 文号).
FRESH23_REFUSED: list[str] = []
FRESH23_FLOOR = {"recall": 1.0, "owners": 0.909, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 0.9}
FRESH23_MAX_PER_TASK = 1.0

# FRESH24 (tests/data/import-corpus-fresh24, 487–502, 16 documents, no task, 24 goals, 7
# phases, 13 titles): once blind, since spent on tuning. Gathered, and its gold written and committed
# (c917ebc), by someone who never ran the importer nor read its code, while fresh23 was being
# spent on tuning; the pages with role lines the collection holds had all been taken, so it
# measures titles (cover notices, metadata rows, 文号 above the title, titles over two lines,
# document and essay sites, five Traditional pages), goals and phases. Its README's task-level
# neutral items with a line were copied into NEUTRAL before its one run, after that tuning,
# per document only (its mistakes not printed then): goals 14/24, phases 7/7, titles 11/16, 8
# tasks written where the gold has none (all on one page, 489), none refused; every draft
# passes `tracker check`. Rules learnt from it (tests/importer/test_import_fresh24_rules.py):
# X方案精选篇1 the site's words after the name; a notice's attachment list (附件: 1. … / 2. …)
# opening no body; a file library's info box (• 发文机关: / 文件类型: / 所属单位:) no unit labels;
# the plan a cover notice sends (关于印发《X》的通知) named when no title line is found; a signing
# date alone on its line never run into the line above; a document site's download tips opening
# no body, and its file name (X(五篇汇编).docx) run into the document's own title dropped; a
# paragraph opening on the horizon (到2025年,…) under 总体要求 stating goals; 压缩到 / 缩短到 a
# target verb; 平米 a unit. Floors at the figures reached: goals 23/24, phases 7/7, titles
# 16/16, no task written (the gold has none), none refused. Not chased, as the gold disagrees
# with what the other splits hold: 492's year (2023, the title's period (2023—2025年), where the
# year is the first one written, here its 文号〔2022〕); 494 l.23 (确保排查率达到100% in an item,
# read as a target as outside goal sections elsewhere) and 502 l.4 (an item's 不少于40个、街区4个…,
# likewise). Left: 501 l.11's 达5批次/千人 (达 alone as a target verb adds goals the main and
# fresh7 golds do not hold: 60 l.8, 155 l.15).
FRESH24_REFUSED: list[str] = []
FRESH24_FLOOR = {"recall": 1.0, "owners": 1.0, "due": 1.0, "phase": 1.0, "goal": 0.958,
                 "title": 1.0}
FRESH24_MAX_PER_TASK = 0.0

# FRESH25 (tests/data/import-corpus-fresh25, 507–526, 20 documents, 16 tasks, 11 goals, 1
# phase, 20 titles): once blind, since spent on tuning. Gathered, and its gold written and committed
# (96282a0), by someone who never ran the importer nor read its code, while fresh24 was being
# spent on tuning (水利, 统计, 交通, 垃圾分类, 志愿服务, 森林防火, 就业, 个体工商户, 文旅;
# provincial 重点工作 分工 pages with 牵头领导 / 牵头单位 / 责任单位 / 协同责任单位, three
# Traditional pages, cover notices, metadata rows, document and essay sites). Its README's
# task-level neutral items with a line were copied into NEUTRAL before its one run, after that
# tuning, per document only (its mistakes not printed then): recall 11/16, owners 8/16, due 1/1,
# goals 6/11, phases 0/1, titles 19/20, 1.56 tasks written per real task, none refused; every
# draft passes `tracker check`. Rules learnt from it (tests/importer/test_import_fresh25_rules.py):
# the first-listed note closing a role line that marks its own leads (A、B牵头,C、D(…列第一位的为
# 牵头…)) no part of D's name; the small forms of punctuation (1﹒ ﹐ ﹑ ﹔ ﹕) folded like the
# full-width ones; a role label cut mid-word at the excerpt's end (牵头责) dropped; a document
# site's file rows (文件大小: / 总页数: / 总字数:) no unit labels; years a target verb sets
# (达到5年) a target; a heading's lead-in closing on a colon (…分为以下几个阶段进行实施:1.…)
# followed by its first sub-item on a run-on line; 【篇1】 the site's; a site's chunk number 1、
# no part of a title run into its preamble once the 由会员分享 blurb is dropped; 截至11月, a status
# date; a season by its dates (…防火期为3月15日至6月15日) no deadline; a title closing on its year
# (X方案2023) and a class (2024届) stating the year; a year before 届 no goal. Floors at the figures
# reached: recall 16/16, owners 14/16, due 1/1, goals 11/11, phases 1/1, titles 20/20, 1.00
# written, none refused. Not chased, as the gold disagrees with what the other splits hold: 526
# l.19 / l.23 (the page's note 列第一位的为牵头或汇总单位 makes the first unit listed the lead, as
# fresh23 467 and fresh22 447 read the same note); 524 / 525's 主要预期目标 rows (targets inside
# task rows under a goal heading, goals in main 01, fresh 51, fresh2 62, fresh7 157 / 159, fresh12
# 262, fresh22 448 / 449; extra goals here, not counted). Left: 510 l.6's 12.88万吨/日 read as
# 128800 吨 (the per-day unit lost; neutral in its README).
FRESH25_REFUSED: list[str] = []
FRESH25_FLOOR = {"recall": 1.0, "owners": 0.875, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 1.0}
FRESH25_MAX_PER_TASK = 1.0

# FRESH26 (tests/data/import-corpus-fresh26, 527–546, 20 documents, 15 tasks, 22 goals, 5
# phases, 19 titles) and FRESH27 (547–566, 20 documents, 48 tasks of which 28 in one school
# calendar, 8 goals, 3 phases, 20 titles): once blind, since spent on tuning. Gathered at the
# same time by two people on different topics (county, township and district offices; schools, health,
# streets, enterprises and Traditional pages), each writing and committing its gold (b808b79,
# 19a4be4) without running the importer or reading its code, while fresh25 was being spent on
# tuning. Their READMEs' task-level neutral items with a line were copied into NEUTRAL before
# their one run, after that tuning, per document only (mistakes never printed): fresh26 recall
# 13/15, owners 11/13, due 8/8, goals 15/22, phases 3/5, titles 12/20, 1.13 tasks written per
# real task; fresh27 recall 43/48, owners 19/48, due 1/6, goals 8/8, phases 0/3, titles 15/20,
# 1.15 written; none refused, every draft passes `tracker check`. Rules learnt from them
# (tests/importer/test_import_fresh26_rules.py, test_import_fresh27_rules.py): titles — an
# essay site's emptied 【】 after a title and a site column's name and bar before it (政策解读 |
# X) the site's; a document's own title run into its preamble under the uploaded file's name
# when it is that name written fuller (X2022年 under X2022.docx); a notice's title broken
# before 通 知; the plan a notice hands out in its sentence (《X》已经…同意,现印发给你们); a news
# page's headline over its byline, before a breadcrumb's short last item; a school calendar
# (校历) and a progress table (…进度表) named by their caption; 文稿 between a title and its
# preamble the site's; a preview cut mid-sentence (two commas) no title line and 文档介绍: a
# label. Owners — a `|` table's rows written flush right (a calendar's merged week and date
# cells) ending at the header's unit column; the units a closing bracket says share the work
# ((A、B分工负责;C)) all owners; a bureau's section named 股 (安监股) a unit; a unit's telephone
# number after its label (合作发展部: 0551-…) a contact row, no label. Dates — 一 between two
# months a lost dash (4月一10月); a bare deadline line under a paragraph (2008年6月20日前) its
# deadline cell; a calendar's 起止日期 column when, no deadline. Goals — a paragraph saying its
# clauses are the main targets (主要目标和任务是:…); a goals heading run into its statement
# ((二)主要目标。…到2021年底) and 目标任务 over a horizon paragraph no tasks. Phases — a stage's
# label kept as written (第一階段). Floors at the figures reached: fresh26 recall 15/15, owners
# 13/13, due 8/8, goals 22/22, phases 5/5, titles 18/20, 1.13 written (17 for 15; 531's two
# extra items of a page broken into short lines); fresh27 recall 44/48, owners 44/48, due 3/6,
# goals 8/8, phases 3/3, titles 20/20, 0.94 written; none refused. Not chased, as the gold
# disagrees with what the other splits hold: fresh26 529 (no title wanted, where a site's intro
# naming its sample names the plan, as in the splits that rule was learnt on) and 530 (the
# sample's own name wanted over the collection title; both readings neutral in its README).
# Left: fresh27 549's rows before its vertical 二 健 康 教 育 heading (the page's one-cell-a-line
# table before any heading, 4 tasks), 552's year (a 2020-2021 school year's second term,
# 2021), 566's year, 550's unnamed dated stages still written as tasks too (as in earlier
# splits), fresh26 531's two items of a page broken into short lines.
FRESH26_REFUSED: list[str] = []
FRESH26_FLOOR = {"recall": 1.0, "owners": 1.0, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 0.9}
FRESH26_MAX_PER_TASK = 1.14
FRESH27_REFUSED: list[str] = []
FRESH27_FLOOR = {"recall": 0.916, "owners": 0.916, "due": 0.5, "phase": 1.0, "goal": 1.0,
                 "title": 1.0}
FRESH27_MAX_PER_TASK = 0.94

# FRESH28 (tests/data/import-corpus-fresh28, 567–586, 20 documents, 10 tasks, 5 goals, no phase,
# 20 titles) and FRESH29 (587–606, 20 documents, 23 tasks, no goal, 6 phases, 20 titles): once
# blind, since spent on tuning. Gathered at the same time by two people on different topics (county,
# township and district offices, 河湖长制, 民生实事 and 政府工作报告 tables; schools, a
# kindergarten, streets, communities, enterprises, nine Traditional pages), each writing and
# committing its gold (92163a6, 4f82310) without running the importer or reading its code,
# while fresh26 and fresh27 were being spent on tuning. Their READMEs' task-level neutral items
# with a line were copied into NEUTRAL before their one run, after that tuning, per document only
# (mistakes never printed): fresh28 recall 8/10, owners 4/10, due 1/2, goals 5/5, titles 14/20,
# 1.10 tasks written per real task; fresh29 recall 21/23, owners 20/23, due 0/3, phases 5/6,
# titles 13/20, 0.96 written; none refused, every draft passes `tracker check`. Rules learnt
# from them (tests/importer/test_import_fresh28_rules.py, test_import_fresh29_rules.py): titles
# — the page's date in brackets after a title ((2025年04月08日), on the line under it), the
# document's count of its items ((共八大项 139条)) and a meeting's adoption note with its year
# ((2014年7月…教代會通過)) no part of it; a site's related-pages label (相关推荐) and an info-box
# field with its colon lost (主题词 水利、水务) no first piece of it; 【X(16页)】 at a page's
# start named without the file's page count; the 标题 field of an info box a plan's name as
# the 名称 field is; a progress table's caption over its as-of note on a line of its own
# ((截至…)); 现制定相关X方案 names no plan; the plan's own title line under the notice sending it
# (X计划(2016—2020年) under 《X计划[2016-2020年]》) names it as written there. Owners — a space before 各 in a one-cell-a-line
# cell parts two units (区国投集团 各有关乡镇(街道) |); a `|` row's cell numbering its steps
# (| 1.…。 2.…。 3.… |) breaks no paragraph. Dates — what is to be in place by an opening date
# (5月下旬道具、服装到位) makes it a deadline; a date's written weekday (11月28日(周三)) fixes
# which year is the plan's. Goals — a goals heading glued to its statement opening on when
# (工作目标从2023年开始,…) no task. Phases — a dated stage's name may hold a quoted word
# (为迎“五一”…整治阶段). Floors at the figures reached: fresh28 recall 8/10, owners 6/10, due
# 2/2, goals 5/5, titles 19/20, 0.80 written (8 for 10); fresh29 recall 21/23, owners 20/23,
# due 3/3, phases 6/6, titles 18/20, 0.96 written (22 for 23); none refused. Not chased, as the
# gold disagrees with what the other splits hold: fresh29 592's 责任人:***、*** (a masked name
# wanted as an owner; the importer reads *** or XXX alone in a role as a template's blank, as
# the main corpus reads 负责人:xx). Left: fresh28 573's one-cell-a-line 政府工作报告 table
# (rows under category rows, the leader's cell missing in some; 2 tasks), 577's preview with
# its cells glued without bars (2 owners), 584's title (a document site's file name before a
# chunk that repeats it spaced with its year), extra goals in 571, 573 and 586 (not scored
# against the gold); fresh29 587's (十) item under a page footer and a second document's title
# (1 task), 592's 2.专题报道 (its 责任人 line, with masked names, under its sub-items), 598's
# title (a page whose HTML list markup numbers its title), 602's year (2015 from a site's list
# above it), 606's title (a school's cover page broken over three lines).
FRESH28_REFUSED: list[str] = []
FRESH28_FLOOR = {"recall": 0.8, "owners": 0.6, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 0.95}
FRESH28_MAX_PER_TASK = 0.8
FRESH29_REFUSED: list[str] = []
# (598's title is found since the second look at titles, second_look.py: 19/20.)
FRESH29_FLOOR = {"recall": 0.913, "owners": 0.869, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 0.95}
FRESH29_MAX_PER_TASK = 0.96

# FRESH30 (tests/data/import-corpus-fresh30, 607–625, 19 documents, 10 tasks, 25 goals, 3 phases,
# 19 titles) and FRESH31 (627–646, 20 documents, 29 tasks, 24 goals, 1 phase, 20 titles): once
# blind, since spent on tuning. Gathered at the same time by two people on different topics (county,
# township, district and city offices: 生态环境, 地质灾害, 民政, 河湖长制, 住建, 应急; schools,
# streets, communities, culture and sports, seven Traditional pages), each writing and
# committing its gold (7f75688, cfd7032) without running the importer or reading its code,
# while fresh28 and fresh29 were being spent on tuning. Their READMEs' task-level neutral items
# with a line were copied into NEUTRAL before their one run, after that tuning, per document only
# (mistakes never printed): fresh30 recall 9/10, owners 5/8, due 1/2, goals 18/25, phases 3/3,
# titles 14/19, 1.20 tasks written per real task; fresh31 recall 19/29, owners 12/28, due 4/4,
# goals 3/24, phases 1/1, titles 15/20, 1.10 written; none refused, every draft passes
# `tracker check`. Then spent on tuning together (tests/importer/test_import_fresh30_rules.py
# and test_import_fresh31_rules.py). Titles — a site's path to the page (A专栏 >> B领域) and a
# document site's row on the file (2024-06-16 999+ 15.62KB 14 页) are lines of their own, no
# pieces of the title; an info-box row's 名称 cell (名称 | X方案 |, its colon lost) names the plan;
# a sample site's 范文 goes after a title glued to its contents too, and a title line ending in
# 例文 / 范文 is a line of its own; a last line naming only a kind of plan and its list
# (工作方案及重点工作任务清单) ends a long title above it; a site's links glued by bars
# (热门文章|精选范文|…) open no table; a title run into a preamble opening on its year after a
# space (…工作要点 2023年是…) is the title. Owners — an activity's heading naming its person
# after a dash (拔河比赛——王某负责) is a task with that owner; a school's offices named short in a
# closing bracket (政教、团委、语文组负责) all own it; a flattened table's row short of cells fills
# its unit column before an empty 备注 or a broken (单位) header piece, and a row filling no role
# or deadline cell is no task; a body's name over its members' names alone (筹备委员会:王某、
# 李某) is no task; a date range naming a season (5月下旬至7月上旬的梅汛期) is
# no deadline; a heading whose text, before its
# sub-items, opens on the whole's deadline (一、任务要求 / 20xx年11月底前,…) is the task. Goals — items lettered a. b. c. are items under their numbered
# heading, and a goal under its indicator's name and a colon keeps the name; a preamble naming the
# year's expected targets (全年…预期目标:) states goals, 比上年 no past figure. Floors at the
# figures reached: fresh30 recall 10/10, owners 5/8, due 2/2, goals 21/25, phases 3/3, titles
# 19/19, 1.10 written (11 for 10); fresh31 recall 24/29, owners 22/28, due 4/4, goals 7/24,
# phases 1/1, titles 18/20, 0.83 written (24 for 29); none refused. Not chased, as the gold
# disagrees with what the other splits hold: fresh31 641's title keeps a sample site's trailing
# 范文 (the other splits drop it: 274, 275, 594, main 12; 646's gold drops it too), and 646's
# 工作目的 section (17 goals) is no goal section under the main README's goal convention
# (目标要求, 主要目标, 总体目标, 预期目标 …). Left: fresh30 607's units before 落实 (no role word
# in the main README, owners in its gold) and its PM2.5 goal in μg/m3, 625's 成员单位 (support in
# its gold, a judgment call), 608's extra task, 619's three growth goals (worded across a comma)
# on a one-line page, the years of 607, 615 and 622; fresh31 629's 1羽毛球 (a number with no
# mark), 633's 责任人xx items and its title (the gold
# wants the in-text name over the file's), 640's one-line participants (2 tasks), 642's glued
# cell (文化宣传股文化馆, neutral in its README), the years of 627, 631, 632 and 634.
FRESH30_REFUSED: list[str] = []
FRESH30_FLOOR = {"recall": 1.0, "owners": 0.625, "due": 1.0, "phase": 1.0, "goal": 0.84,
                 "title": 1.0}
FRESH30_MAX_PER_TASK = 1.1
FRESH31_REFUSED: list[str] = []
FRESH31_FLOOR = {"recall": 0.827, "owners": 0.785, "due": 1.0, "phase": 1.0, "goal": 0.291,
                 "title": 0.9}
FRESH31_MAX_PER_TASK = 0.83

# FRESH32 (tests/data/import-corpus-fresh32, 647–666, 20 documents, 10 tasks, 29 goals, 1 phase,
# 20 titles) and FRESH33 (667–686, 20 documents, 23 tasks of which 9 on one school concert's
# page with masked names, 10 goals, 20 titles): once blind, since spent on tuning.
# Gathered at the same time by two people on different topics (county, township and district
# offices; schools, a kindergarten, a library, communities, seven Traditional pages), each
# writing and committing its gold (bb05124, 57bc535) without running the importer or reading its
# code, while fresh30 and fresh31 were being spent on tuning. Their READMEs' task-level neutral
# items with a line were copied into NEUTRAL before their one run, after that tuning, per
# document only (mistakes never printed): fresh32 recall 9/10, owners 7/8, due 2/2, goals 27/29,
# phases 1/1, titles 15/20, 0.90 tasks written per real task; fresh33 recall 13/23, owners 12/22,
# due 0/1, goals 4/10, titles 12/20, 0.74 written; none refused, every draft passes
# `tracker check`. Then spent on tuning together (tests/importer/test_import_fresh32_rules.py).
# Titles — a notice's signature closing on its day (某局 2025年3月28日) or a site's preview notice
# (文本预览下载声明) is no piece of the title under it, and a long signature line is not joined
# to it; a notice's number in Traditional script ((國發〔2010〕23號)) and a site's (推荐) tag
# after a title, and a 文号 glued before it (某发[2021]13号X方案), are no part of it; a plan's
# items run on one line that name a download far in open the body all the same; a title run
# into a preamble opening on its year and a comma (X计划2024年,…) ends before the year; the
# info rows 公开日期 / 发布单位 and a caption cell (X任务分解 | ||) open no table; an attachment
# named after the plan's numbered items is its table, no title; an 意见 keeps its issuer's line
# as a notice does; 工作规则 and a year's 政府工作报告 name plans. Owners — a person named by a
# teacher's post (xxx老师, 王某老师, 指导老师) or a unit's staff (镇文化站有关人员) in a 由X负责
# or X协助 clause owns or supports the item, a mask alone (由xxx负责) staying a blank; 由X组织,
# Y配合 gives X as owner, and a heading whose first paragraph opens on that is one item; the
# next sample's title and preamble (X方案范文2022(二) / 为了…) are no paragraphs of the item
# above; a notice's addressees (各相关责任单位:) are no task. Goals — numerals listed by 、 in a
# sentence (一、二、三产) open no items on a one-line page; a numbered heading stating targets
# over their yearly breakdown is read for goals. Years — a Taiwan title opening on its year
# (100年…計畫書), a body's founding day is history, a metadata row's 发文日期 before a cited
# 文号. Floors at the figures reached: fresh32 recall 9/10, owners 7/8, due 2/2, goals 29/29,
# phases 1/1, titles 20/20, 0.90 written (9 for 10); fresh33 recall 21/23, owners 19/22, due
# 0/1, goals 10/10, titles 19/20, 1.00 written (23 for 23); none refused. Not chased, as the gold
# disagrees with the main README or the other splits: 669's mask alone as an owner (由xxx负责,
# ll.13, 20, 23; a blank as 负责人:xx is), 669's title keeping the site's 范文 and sample
# number, 668's due taken from the first of two deadlines (the last is kept, as for 02's staged
# cells). Left: fresh32 649's 2 . (its (局办公室) after the next page marker); fresh33 674's
# extra task (a body's nature, 全国爱卫会是…机构,负责…), 681's extra paragraph task under a
# neutral heading.
FRESH32_REFUSED: list[str] = []
FRESH32_FLOOR = {"recall": 0.9, "owners": 0.875, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 1.0}
FRESH32_MAX_PER_TASK = 0.9
FRESH33_REFUSED: list[str] = []
FRESH33_FLOOR = {"recall": 0.913, "owners": 0.863, "due": 0.0, "phase": 1.0, "goal": 1.0,
                 "title": 0.95}
FRESH33_MAX_PER_TASK = 1.0


# FRESH34 (tests/data/import-corpus-fresh34, 687–706, 20 documents, 9 tasks, 30 goals, 5 phases,
# 20 plans), FRESH35 (707–726, 20 documents, 20 tasks, 10 goals, 7 phases), FRESH36 (727–744,
# 18 documents, 15 tasks, 22 goals, 2 phases) and FRESH37 (747–766, 20 documents, 23 tasks, 17
# goals, 2 phases). Gathered two at a time by four people on different topics, each writing and
# committing its gold (b8fd956, 9b10eb7, b65d657, 6e4225a) without running the importer or
# reading its code, while fresh32 and fresh33 were being spent on tuning. Their READMEs'
# task-level neutral items with a line were copied into NEUTRAL before their one run, after that
# tuning, per document only (mistakes never printed): fresh34 recall 5/9, owners 1/7, due 2/2,
# goals 29/30, phases 3/5, titles 13/20, 1.00 tasks written per real task; fresh35 recall 14/20,
# owners 4/17, due 1/3, goals 10/10, phases 3/7, titles 15/20, 1.20; fresh36 recall 13/15, owners
# 6/8, due 7/8, goals 20/22, phases 2/2, titles 12/18, 1.33 (740 refused: no plan found in it);
# fresh37 recall 17/23, owners 12/22, due 0/1, goals 11/17, phases 2/2, titles 17/20, 0.83. Every
# other draft passes `tracker check`. FRESH36 and FRESH37 were spent on tuning later, with FRESH38
# and FRESH39 (below). FRESH34 and FRESH35 were then spent on tuning together
# (tests/importer/test_import_fresh34_rules.py). Titles — an essay site's sample number in
# brackets ((精選篇1)) or after its word for the sample (范文1), a site's tag on the file
# ([VIP], 【原创】), and the other document's name an essay site pairs with the plan's (X工作计划
# X工作简报) are no part of a title; a site's path to the page (您当前所在位置: 首页 > …) is a line
# of its own, and where it names the plan a word short the document's own title below (after
# —1—) names it fully; a byline one field a line (作者: / 栏目:方案) is no title line; a title
# run into its preamble with the addressees between (X方案各村委会、…为…) ends before them; a
# preview's first chunk holding only the title (1、X方案) names the plan; a headline a word short
# of the cover notice's name for the plan yields to it; 目标管理责任书 names a plan. Owners — both
# role phrases before 负责 (按职责分工分别) and how a unit does it (由X按照…负责) are no part of a
# unit; 由X统一组织 / 联合组织 / 组织力量 / 组织各… opening a sentence names X, and a second
# 由C组织 clause of that sentence C too; a leader by post,
# name and 同志 in a 由X负责 clause owns the item; 科协 ends a unit's name; 汇同 reads as 会同;
# 协 before 办理 is no 协办; a numbered list line (⑵县直部门:) is no unit's label; a table
# flattened one cell a line reads unit lines between and after the pieces of a row's work as its
# unit cells, and a row numbered 1 after a row's units starts the next field's rows. Items —
# bare numbers after a stop or a closing bracket open items on a flattened line; a heading of a
# name and (date前) over paragraphs is an item; a long heading's name is not joined to the 由
# sentence under it; 第一篇: is no label; a unit's name over an empty role field (an info box)
# is no task. Phases — (一)2024年2月底前,X阶段 and X阶段4月25日4月30日 (dash lost) name phases.
# Goals and years — 批次 is a measure word; 2017级 states the year as 2024届 does. Floors at the
# figures reached: fresh34 recall 7/9, owners 5/7, due 2/2, goals 30/30, phases 5/5, titles
# 19/20, 1.00 written (9 for 9, ceiling kept); fresh35 recall 20/20, owners 16/17, due 3/3, goals
# 10/10, phases 7/7, titles 19/20, 1.00 written (20 for 20: the extra tasks gone, the ceiling
# lowered from 1.20 to 1.00); none refused. Not chased, as the gold disagrees with the main
# README or the other splits: 711's title keeping the site's 范例 (other splits drop the site's
# 范文 / 范例); 721's XXX乡党委和政府 as one unit (和 between two units splits them, as 及 does);
# 713's year 2014 from the page's date where its title states (2011—2020年) (a range's first
# year is the plan's); 699's year 2026 where the page's header posts it 2017-02-24 (a header's
# posting date dates a plan that states no year, as in the other splits). Left: fresh34 688's
# year (2018, from the two cited 2018 文号, gold 2026), 698's 1. (its role parenthetical closes
# its last criterion (4), read as that sub-item's), 703's 2 . (label with a space before its
# dot, owner in a mid-sentence 由X组织开展) and title (the document's own heading with its typo
# 2OXX under a file name of the same words).
FRESH34_REFUSED: list[str] = []
FRESH34_FLOOR = {"recall": 0.777, "owners": 0.714, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 0.95}
FRESH34_MAX_PER_TASK = 1.0
FRESH35_REFUSED: list[str] = []
FRESH35_FLOOR = {"recall": 1.0, "owners": 0.941, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 0.95}
FRESH35_MAX_PER_TASK = 1.0
FRESH36_REFUSED: list[str] = []
FRESH36_FLOOR = {"recall": 0.933, "owners": 0.75, "due": 1.0, "phase": 1.0, "goal": 0.954,
                 "title": 0.944}
FRESH36_MAX_PER_TASK = 1.14
FRESH37_REFUSED: list[str] = []
# (755's title is found since the second look at titles, second_look.py: 19/20.)
FRESH37_FLOOR = {"recall": 0.739, "owners": 0.681, "due": 0.0, "phase": 1.0, "goal": 0.647,
                 "title": 0.95}
FRESH37_MAX_PER_TASK = 0.83

# FRESH38 (767–786, 20 documents: enterprises, hospitals, colleges; 24 tasks, 14 goals, 17
# phases) and FRESH39 (787–806, 20 documents: villages, provincial 分工 notices, development
# zones, Traditional pages; 8 tasks, 23 goals, 3 phases), gathered the same way (d004327,
# ff2c612) while fresh34 and fresh35 were being spent, scored once after fresh32 and fresh33's
# tuning like fresh34–37 (the importer unchanged since), per document only: fresh38 recall 21/24,
# owners 21/23, due 0/1, goals 0/14, phases 12/17, titles 14/20, 1.00 written (777 and 781
# refused: no plan found); fresh39 recall 1/8, owners 0/6, due 1/2, goals 3/23, phases 3/3,
# titles 12/20, 0.62 (794, 795 and 806 refused). FRESH36 to FRESH39 were then spent on tuning
# together (tests/importer/test_import_fresh36_rules.py), preferring rules seen on two pages or
# more. Titles and refusals — a page with no numbered item whose title line (X计划, X方案,
# X施政方针, its years in brackets after it) stands over prose, or whose first line runs the title
# into a preamble opening on the year (X要点2023年,是… / 1、X工作措施 今年,…), is a plan with that
# title, not refused; a notice's sentence handing the plan out names it in either order
# (经区政府同意,现将《X》印发给你们 / 《X》已经…同意,现予以印发), and 经县政府同意印发 ends the notice
# so the plan's own title line under it names the plan; the page's posting date after a title
# (X方案 2020-06-15) and a notice's printing record above it (…办公室 2024年3月25日印发) are no part
# of it; a site's path taken for the title (首頁 > 精品范文 > X計劃) gives its last step, a page's
# name and the plan's joined by a bar (X宣传片|X方案) the part naming a plan, an info box's
# 標題: field its name without the label, a dashed list (- 標題:…) one field a line; a long title
# ending in 的若干措施 is not joined to the preamble under it. Owners — the units heading an item
# before its colon own it when its text names only support, quote marks around such a unit are
# no part of it, and 由A和B牵头 in the text leads an item whose role lines name no lead. Items — an
# attachment note closing the page (附:X(略)) is no paragraph of the last heading; 发文部门: heads
# no label item. Goals — 同比 in a paragraph naming the year's expected targets, and a sentence
# aiming (力争 / 确保) at figures bounded by ≥ / ≤ (baselines in brackets left out), state goals;
# 指导思想: is no label heading. Floors at the figures reached: fresh36 recall 14/15, owners 6/8,
# due 8/8, goals 21/22, phases 2/2, titles 17/18, 1.13 written (17 for 15: three extra tasks gone,
# the ceiling lowered from 1.34 to 1.14); fresh37 recall 17/23, owners 15/22, due 0/1, goals
# 11/17, phases 2/2, titles 18/20, 0.83 (ceiling kept); fresh38 recall 21/24, owners 21/23, due
# 0/1, goals 14/14, phases 12/17, titles 17/20, 1.00 (kept); fresh39 recall 1/8, owners 0/6, due
# 1/2, goals 11/23, phases 3/3, titles 19/20, 0.62 (ceiling 0.63 kept); none refused. Not
# followed, as the gold disagrees with the main README or the other splits: 771's title (the
# page's only title line is the cover notice's 关于印发…的通知, no title line of the plan's own
# on the page, and the main README takes the title as written); 749's and 801's owner 办公室 for the office a
# leading group sets up (办公室设在X: the unit it sits in owns the item, as in the splits
# set_up.py was learnt on). Left: fresh36 729 (a timetable page: its title and time cells), 730's
# (三) (its units in a 要 sentence), 734's year, 741's policy figures read as goals; fresh37 747,
# 748, 750, 753 and 757's items (a person, a list of places, a body set up in prose), 755's
# deadline (a news page), 756's 殡葬理事会 clause, 758's title, year and goals, 764's extra
# task; fresh38 770's and 780's titles (…脚本, and a line 公司 above the title), 772 and 775's
# phases, 778, 782 and 784's extra tasks, 781, 783 and 784's unfound items, 786's due; fresh39
# 787's field lines (分管省领导: / 部门分工:), 790's extra goal, 791, 801 and 802's items, 803 and
# 804's goals (确保 / 力争 pairs, a 20__年 horizon), 799's and 805's years.
FRESH38_REFUSED: list[str] = []
FRESH38_FLOOR = {"recall": 0.875, "owners": 0.913, "due": 0.0, "phase": 0.705, "goal": 1.0,
                 "title": 0.85}
FRESH38_MAX_PER_TASK = 1.0
FRESH39_REFUSED: list[str] = []
FRESH39_FLOOR = {"recall": 0.125, "owners": 0.0, "due": 0.5, "phase": 1.0, "goal": 0.478,
                 "title": 0.95}
FRESH39_MAX_PER_TASK = 0.63

# FRESH40 (807–826, 20 documents: activity, publicity and census plans; 44 tasks, 5 phases) and
# FRESH41 (827–845, 19 documents: rectification, supervision and assessment plans; 13 tasks),
# gathered the same way (e1bd447 with ad8e8bd, d50fdcf), scored once with the importer of
# fresh34–39's first run, per document only: fresh40 recall 42/44, owners 31/42, due 5/7, goals
# 4/6, phases 0/5, titles 15/20, 1.05 written; fresh41 recall 6/13, owners 4/8, due 1/5, goals
# 0/3, phases 2/2, titles 13/19, 1.77 written (13 of its 23 on one page, 836), 844 refused.
FRESH40_REFUSED: list[str] = []
FRESH40_FLOOR = {"recall": 0.954, "owners": 0.738, "due": 0.714, "phase": 0.0, "goal": 0.666,
                 "title": 0.75}
FRESH40_MAX_PER_TASK = 1.05
FRESH41_REFUSED = ["844"]
FRESH41_FLOOR = {"recall": 0.461, "owners": 0.5, "due": 0.2, "phase": 1.0, "goal": 0.0,
                 "title": 0.736}
FRESH41_MAX_PER_TASK = 1.77

# FRESH42 (847–866, 20 documents: conscription, anti-fraud, drug control, 扫黑除恶; 8 tasks, 17
# phases) and FRESH43 (867–886, 20 documents: partnerships, employment, talent, elderly and
# disability work; 11 tasks), gathered the same way (c22cdda, f298993), scored once with the
# importer of fresh34–41's first run, per document only: fresh42 recall 8/8, owners 4/6, due
# 1/5, goals 9/14, phases 5/17, titles 14/20, 1.38 written; fresh43 recall 6/11, owners 3/8, due
# 1/3, goals 10/10, titles 18/20, 0.91 written; none refused.
# Scored again, figures only, after the second look at titles (second_look.py, learnt on no blind
# folder): titles fresh40 15/20, fresh41 13 -> 14/19, fresh42 15/20 (14 at its first run), fresh43
# 18 -> 20/20; no other figure of the four moved. The floors hold those figures. (fresh43's README
# table, rows 867–874, was read once before the second look was written; see the closing note.)
FRESH42_REFUSED: list[str] = []
FRESH42_FLOOR = {"recall": 1.0, "owners": 0.666, "due": 0.2, "phase": 0.294, "goal": 0.642,
                 "title": 0.75}
FRESH42_MAX_PER_TASK = 1.38
FRESH43_REFUSED: list[str] = []
FRESH43_FLOOR = {"recall": 0.545, "owners": 0.375, "due": 0.333, "phase": 1.0, "goal": 1.0,
                 "title": 1.0}
FRESH43_MAX_PER_TASK = 0.91

# FRESH44 (887–906, 20 documents: agriculture and rural work; 15 tasks, 32 goals, 7 phases) and
# FRESH45 (907–926, 20 documents: urban affairs; 29 tasks, 21 of them on one page, 913), gathered
# the same way after the second look at titles was written, scored once, per document only:
# fresh44 recall 6/15, owners 5/14, due 1/1, goals 16/32, phases 4/7, titles 13/20, 0.80
# written, 891 and 906 refused; fresh45 recall 16/29, owners 16/29, goals 7/7, phases 1/1,
# titles 17/20, 0.66 written, none refused. fresh44's mistakes were read in the session after
# (it is a tuning split now); nothing in the importer changed for it (see its README).
FRESH44_REFUSED = ["891", "906"]
FRESH44_FLOOR = {"recall": 0.4, "owners": 0.357, "due": 1.0, "phase": 0.571, "goal": 0.5,
                 "title": 0.65}
FRESH44_MAX_PER_TASK = 0.8
FRESH45_REFUSED: list[str] = []
FRESH45_FLOOR = {"recall": 0.551, "owners": 0.551, "due": 1.0, "phase": 1.0, "goal": 1.0,
                 "title": 0.85}
FRESH45_MAX_PER_TASK = 0.66

def _report(name: str, total: Score, each: dict[str, Score]) -> list[str]:
    return [f"== {name}", *(s.line(nn) for nn, s in each.items()), total.line("all"),
            total.summary(name)]


def test_corpus_scores(capsys: pytest.CaptureFixture[str]) -> None:
    splits = [  # (name, documents, floors, most tasks written per real task)
        ("tuning", TUNE, TUNE_FLOOR, TUNE_MAX_PER_TASK),
        ("extra", EXTRA, EXTRA_FLOOR, EXTRA_MAX_PER_TASK),
        ("held-out", HELD_OUT, HELD_OUT_FLOOR, HELD_OUT_MAX_PER_TASK),
        ("fresh", FRESH, FRESH_FLOOR, FRESH_MAX_PER_TASK),
        ("fresh2", FRESH2, FRESH2_FLOOR, FRESH2_MAX_PER_TASK),
        ("fresh3", FRESH3, FRESH3_FLOOR, FRESH3_MAX_PER_TASK),
        ("fresh4+5", FRESH4, FRESH4_FLOOR, FRESH4_MAX_PER_TASK),
        ("fresh6", FRESH6, FRESH6_FLOOR, FRESH6_MAX_PER_TASK),
        ("fresh7", FRESH7, FRESH7_FLOOR, FRESH7_MAX_PER_TASK),
        ("fresh8", FRESH8, FRESH8_FLOOR, FRESH8_MAX_PER_TASK),
        ("fresh9", FRESH9, FRESH9_FLOOR, FRESH9_MAX_PER_TASK),
        ("fresh10", FRESH10, FRESH10_FLOOR, FRESH10_MAX_PER_TASK),
        ("fresh11", FRESH11, FRESH11_FLOOR, FRESH11_MAX_PER_TASK),
        ("fresh12", FRESH12, FRESH12_FLOOR, FRESH12_MAX_PER_TASK),
        ("fresh13", FRESH13, FRESH13_FLOOR, FRESH13_MAX_PER_TASK),
        ("fresh14", FRESH14, FRESH14_FLOOR, FRESH14_MAX_PER_TASK),
        ("fresh15", FRESH15, FRESH15_FLOOR, FRESH15_MAX_PER_TASK),
        ("fresh16", FRESH16, FRESH16_FLOOR, FRESH16_MAX_PER_TASK),
        ("fresh17", FRESH17, FRESH17_FLOOR, FRESH17_MAX_PER_TASK),
        ("fresh18", FRESH18, FRESH18_FLOOR, FRESH18_MAX_PER_TASK),
        ("fresh19", FRESH19, FRESH19_FLOOR, FRESH19_MAX_PER_TASK),
        ("fresh20", FRESH20, FRESH20_FLOOR, FRESH20_MAX_PER_TASK),
        ("fresh21", FRESH21, FRESH21_FLOOR, FRESH21_MAX_PER_TASK),
        ("fresh22", FRESH22, FRESH22_FLOOR, FRESH22_MAX_PER_TASK),
        ("fresh23", FRESH23, FRESH23_FLOOR, FRESH23_MAX_PER_TASK),
        ("fresh24", FRESH24, FRESH24_FLOOR, FRESH24_MAX_PER_TASK),
        ("fresh25", FRESH25, FRESH25_FLOOR, FRESH25_MAX_PER_TASK),
        ("fresh26", FRESH26, FRESH26_FLOOR, FRESH26_MAX_PER_TASK),
        ("fresh27", FRESH27, FRESH27_FLOOR, FRESH27_MAX_PER_TASK),
        ("fresh28", FRESH28, FRESH28_FLOOR, FRESH28_MAX_PER_TASK),
        ("fresh29", FRESH29, FRESH29_FLOOR, FRESH29_MAX_PER_TASK),
        ("fresh30", FRESH30, FRESH30_FLOOR, FRESH30_MAX_PER_TASK),
        ("fresh31", FRESH31, FRESH31_FLOOR, FRESH31_MAX_PER_TASK),
        ("fresh32", FRESH32, FRESH32_FLOOR, FRESH32_MAX_PER_TASK),
        ("fresh33", FRESH33, FRESH33_FLOOR, FRESH33_MAX_PER_TASK),
        ("fresh34", FRESH34, FRESH34_FLOOR, FRESH34_MAX_PER_TASK),
        ("fresh35", FRESH35, FRESH35_FLOOR, FRESH35_MAX_PER_TASK),
        ("fresh36", FRESH36, FRESH36_FLOOR, FRESH36_MAX_PER_TASK),
        ("fresh37", FRESH37, FRESH37_FLOOR, FRESH37_MAX_PER_TASK),
        ("fresh38", FRESH38, FRESH38_FLOOR, FRESH38_MAX_PER_TASK),
        ("fresh39", FRESH39, FRESH39_FLOOR, FRESH39_MAX_PER_TASK),
        ("fresh40 (blind)", FRESH40, FRESH40_FLOOR, FRESH40_MAX_PER_TASK),
        ("fresh41 (blind)", FRESH41, FRESH41_FLOOR, FRESH41_MAX_PER_TASK),
        ("fresh42 (blind)", FRESH42, FRESH42_FLOOR, FRESH42_MAX_PER_TASK),
        ("fresh43 (blind)", FRESH43, FRESH43_FLOOR, FRESH43_MAX_PER_TASK),
        ("fresh44", FRESH44, FRESH44_FLOOR, FRESH44_MAX_PER_TASK),
        ("fresh45 (blind)", FRESH45, FRESH45_FLOOR, FRESH45_MAX_PER_TASK),
    ]
    scored = [(name, *split_scores(docs), floors, most) for name, docs, floors, most in splits]
    with capsys.disabled():
        print("\n" + "\n".join(line for name, total, each, _, _ in scored
                                for line in _report(name, total, each)))
    for name, total, _, floors, most in scored:
        for key, floor in floors.items():
            assert getattr(total, key) >= floor, (name, key, getattr(total, key))
        assert total.per_task <= most, (name, total.per_task)


# The gathered folders in the order they were gathered, with their sizes: each holds
# documents no earlier folder holds.
GATHERED = ((FRESH, 10), (FRESH2, 14), (FRESH3, 16), (FRESH4, 22), (FRESH6, 20), (FRESH7, 20),
            (FRESH8, 20), (FRESH9, 20), (FRESH10, 14), (FRESH11, 16), (FRESH12, 20),
            (FRESH13, 20), (FRESH14, 20), (FRESH15, 20), (FRESH16, 20), (FRESH17, 18),
            (FRESH18, 20), (FRESH19, 20), (FRESH20, 20), (FRESH21, 16), (FRESH22, 20),
            (FRESH23, 20), (FRESH24, 16), (FRESH25, 20), (FRESH26, 20), (FRESH27, 20),
            (FRESH28, 20), (FRESH29, 20), (FRESH30, 19), (FRESH31, 20), (FRESH32, 20),
            (FRESH33, 20), (FRESH34, 20), (FRESH35, 20), (FRESH36, 18), (FRESH37, 20),
            (FRESH38, 20), (FRESH39, 20), (FRESH40, 20),
            (FRESH41, 19), (FRESH42, 20), (FRESH43, 20), (FRESH44, 20), (FRESH45, 20))


def test_split_covers_the_corpus_once() -> None:
    docs = sorted(p.stem for p in CORPUS.glob("[0-9][0-9].txt"))
    assert sorted(TUNE + HELD_OUT) == docs
    assert not set(TUNE) & set(HELD_OUT)
    assert len(EXTRA) >= 10 and not set(EXTRA) & set(TUNE + HELD_OUT)
    seen = set(TUNE + HELD_OUT + EXTRA)
    for split, size in GATHERED:
        assert len(split) == size and not set(split) & seen, (split[0], size)
        seen |= set(split)


@pytest.mark.skipif(not TRACKER.exists(), reason="tracker console script not installed")
def test_every_corpus_draft_passes_tracker_check(tmp_path: Path) -> None:
    from tracker.cli import cli

    repo = tmp_path / "repo"
    assert subprocess.run([str(TRACKER), "init", str(repo)], capture_output=True,
                          check=False).returncode == 0
    runner = CliRunner()
    refused: list[str] = []
    every = TUNE + HELD_OUT + EXTRA + tuple(nn for split, _ in GATHERED for nn in split)
    for nn in every:
        r = runner.invoke(cli, ["--repo", str(repo), "import", str(folder(nn) / f"{nn}.txt"),
                                "--id-prefix", f"c{nn}"])
        said = r.output + str(getattr(r, "stderr", "")) + str(r.exception or "")
        if r.exit_code != 0 and "没有找到方案结构" in said:
            refused.append(nn)
            continue
        assert r.exit_code == 0, (nn, r.output)
    # Decimal numbering (1 总则 / 1.1 编制目的) is read, an excerpt cut before its first item
    # keeps its title, a task row one cell per line (fresh 53, fresh2 73) and one by spaces
    # (fresh2 69) are read: no document tuned on is refused.
    assert set(refused) <= set(FRESH2_REFUSED + FRESH6_REFUSED + FRESH12_REFUSED
                               + FRESH13_REFUSED + FRESH14_REFUSED + FRESH18_REFUSED
                               + FRESH21_REFUSED + FRESH22_REFUSED + FRESH23_REFUSED
                               + FRESH24_REFUSED + FRESH25_REFUSED + FRESH26_REFUSED
                               + FRESH27_REFUSED + FRESH28_REFUSED + FRESH29_REFUSED
                               + FRESH30_REFUSED + FRESH31_REFUSED + FRESH32_REFUSED
                               + FRESH33_REFUSED + FRESH34_REFUSED + FRESH35_REFUSED
                               + FRESH36_REFUSED + FRESH37_REFUSED + FRESH38_REFUSED
                               + FRESH39_REFUSED + FRESH40_REFUSED + FRESH41_REFUSED
                               + FRESH42_REFUSED + FRESH43_REFUSED + FRESH44_REFUSED
                               + FRESH45_REFUSED), refused
    check = subprocess.run([str(TRACKER), "check", "--repo", str(repo)], capture_output=True,
                           text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "error:" not in check.stdout
