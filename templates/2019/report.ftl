<#-- 2019 format: 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号.
     Used for the 2019 and 2020 reports. Grids: official-format.md §2.1 (表二 2A), §3.1 (表三 3A), §4. -->
<#import "../common/parts.ftl" as parts>
<@parts.front/>
<@heading level=1>一、总体情况</@heading>
<@parts.narrative report.overview/>

<@heading level=1>二、主动公开政府信息情况</@heading>
<#assign documents = ["本年新制作数量", "本年新公开数量", "对外公开总数量"]>
<#assign items = ["上一年项目数量", "本年增/减", "处理决定数量"]>
<@table widths=[36, 24, 18, 22] header=0 keep=true>
  <@row><@cell colspan=4>第二十条第（一）项</@cell></@row>
  <@row><@cell>信息内容</@cell><@cell>本年新<@br/>制作数量</@cell><@cell>本年新<@br/>公开数量</@cell><@cell>对外公开总数量</@cell></@row>
  <@row><@cell align="left">规章</@cell><@parts.values table=t2 row="规章" columns=documents/></@row>
  <@row><@cell align="left">规范性文件</@cell><@parts.values table=t2 row="规范性文件" columns=documents/></@row>

  <@row><@cell colspan=4>第二十条第（五）项</@cell></@row>
  <@row><@cell>信息内容</@cell><@cell>上一年项目数量</@cell><@cell>本年增/减</@cell><@cell>处理决定数量</@cell></@row>
  <@row><@cell align="left">行政许可</@cell><@parts.values table=t2 row="行政许可" columns=items/></@row>
  <@row><@cell align="left">其他对外管理服务事项</@cell><@parts.values table=t2 row="其他对外管理服务事项" columns=items/></@row>

  <@row><@cell colspan=4>第二十条第（六）项</@cell></@row>
  <@row><@cell>信息内容</@cell><@cell>上一年项目数量</@cell><@cell>本年增/减</@cell><@cell>处理决定数量</@cell></@row>
  <@row><@cell align="left">行政处罚</@cell><@parts.values table=t2 row="行政处罚" columns=items/></@row>
  <@row><@cell align="left">行政强制</@cell><@parts.values table=t2 row="行政强制" columns=items/></@row>

  <@row><@cell colspan=4>第二十条第（八）项</@cell></@row>
  <@row><@cell>信息内容</@cell><@cell>上一年项目数量</@cell><@cell colspan=2>本年增/减</@cell></@row>
  <@row>
    <@cell align="left">行政事业性收费</@cell>
    <@cell>${t2["行政事业性收费"]["上一年项目数量"]}</@cell><@cell colspan=2>${t2["行政事业性收费"]["本年增/减"]}</@cell>
  </@row>

  <@row><@cell colspan=4>第二十条第（九）项</@cell></@row>
  <@row><@cell>信息内容</@cell><@cell>采购项目数量</@cell><@cell colspan=2>采购总金额</@cell></@row>
  <@row>
    <@cell align="left">政府集中采购</@cell>
    <@cell>${t2["政府集中采购"]["采购项目数量"]}</@cell><@cell colspan=2>${t2["政府集中采购"]["采购总金额"]}</@cell>
  </@row>
</@table>

<@heading level=1>三、收到和处理政府信息公开申请情况</@heading>
<@table widths=[10, 36, 50, 15, 15, 15, 15, 15, 15, 15] header=3>
  <@parts.requestsHeader/>
  <@parts.requestsStart/>
  <@parts.requestsResultsOneToFive resultRowspan=20/>
  <@row><@cell colspan=2 align="left">（六）其他处理</@cell><@parts.values table=t3 row="本年度办理结果/其他处理" columns=parts.applicants/></@row>
  <@parts.requestsEnd/>
</@table>

<@parts.appeals/>
<@parts.back/>
