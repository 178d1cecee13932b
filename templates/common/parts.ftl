<#-- Parts shared by both format versions. Markup directives (@title, @heading, @paragraph, @run,
     @table, @row, @cell, @br, @closing) are documented in cn.nianbao.template.Markup. -->

<#-- The opening paragraphs and the title. -->
<#macro front>
<@title origin=report.titleOrigin>${report.title}</@title>
<#list report.opening as p><@paragraph origin=report.openingOrigins[p?index]>${p}</@paragraph></#list>
</#macro>

<#-- A narrative section: sub-headings ending in 。 run into their first paragraph (GB/T 9704
     practice for headings that end a sentence); any other sub-heading stands on its own line. -->
<#macro narrative subsections>
<#list subsections as s>
  <#if s.heading?? && s.heading?ends_with("。")>
    <#list s.paragraphs as p>
      <#if p?is_first>
        <@paragraph origin=s.origins[p?index]><@run role="heading2">${s.heading}</@run>${p}</@paragraph>
      <#else>
        <@paragraph origin=s.origins[p?index]>${p}</@paragraph>
      </#if>
    </#list>
  <#else>
    <#if s.heading??><@heading level=2>${s.heading}</@heading></#if>
    <#list s.paragraphs as p><@paragraph origin=s.origins[p?index]>${p}</@paragraph></#list>
  </#if>
</#list>
</#macro>

<#-- A statistical table under its section heading, cell for cell as the version's table
     definition (tables.yaml beside report.ftl) lays it out: labels, spans and value cells all
     come from the definition, so none is written here. Widths and keeping the table on one page
     are this template's choice. -->
<#macro statTable grid widths keep=false>
<@heading level=1>${grid.heading}</@heading>
<@table widths=widths header=grid.headerRows keep=keep>
<#list grid.rows as cells>
  <@row>
  <#list cells as c>
    <#if c.kind == "value">
      <@cell rowspan=c.rowspan colspan=c.colspan cell=c.cell>${c.text}</@cell>
    <#else>
      <@cell rowspan=c.rowspan colspan=c.colspan align=labelAlign(c)>${c.text}</@cell>
    </#if>
  </#list>
  </@row>
</#list>
</@table>
</#macro>

<#-- Row labels read from the left; headings and band titles are centred, and so is a group label
     in the first grid column (表三's outer group), which is narrow and set one character a line. -->
<#function labelAlign c>
  <#return (c.kind == "row" || (c.kind == "group" && c.column > 0))?then("left", "center")>
</#function>

<#-- Sections 二, 三 and 四: the three statistical tables. -->
<#macro tables>
<@statTable grid=table2 widths=[36, 24, 18, 22] keep=true/>
<@statTable grid=table3 widths=[10, 36, 50, 15, 15, 15, 15, 15, 15, 15]/>
<@statTable grid=table4 widths=[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] keep=true/>
</#macro>

<#-- Sections 五 and 六 and the closing block. -->
<#macro back>
<@heading level=1>五、存在的主要问题及改进情况</@heading>
<@narrative report.problems/>
<@heading level=1>六、其他需要报告的事项</@heading>
<@narrative report.otherMatters/>
<#if report.signOff??><@closing signature=report.signOff.signer date=report.signOff.date
    signatureOrigin=report.signOff.signerOrigin dateOrigin=report.signOff.dateOrigin/></#if>
</#macro>
