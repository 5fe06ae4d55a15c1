<#ftl output_format="plainText" strip_whitespace=true>
${view.labels.mailGreeting}
${sentence}
<#if view.header.sha256??>${view.labels.sha256}: ${view.header.sha256}</#if>

${view.labels.mailSummary}
<#list view.steps as step>

== ${step.title} ==
<#list step.blocks as block>
<#switch block.kind>
<#case "section">
<#if block.title??>

${block.title}
</#if>
<#list block.fields as field>
${field.label}: ${field.lines?join("\n    ")}
</#list>
<#break>
<#case "info">
<#break>
<#case "table">
<#if block.title??>

${block.title}
</#if>
<#if block.rows?has_content>
<#list block.rows as row>
${row[0]}.<#list row as cell><#if !cell?is_first> ${block.columns[cell?index]}: ${cell?replace("\n", "; ")}<#sep>;</#sep></#if></#list>
</#list>
<#else>
${view.labels.noRows}
</#if>
<#break>
</#switch>
</#list>
</#list>

--
${view.labels.mailFooter}
