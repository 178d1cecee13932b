<#-- 2021 format: 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号.
     Used for the 2021 reports onward. The tables 二, 三 and 四 come from tables.yaml in this folder
     (docs/format.md §2–§5); the wording around them is written here and in common/parts.ftl. -->
<#import "../common/parts.ftl" as parts>
<@parts.front/>
<@heading level=1>一、总体情况</@heading>
<@parts.narrative report.overview/>

<@parts.tables/>

<@parts.back/>
