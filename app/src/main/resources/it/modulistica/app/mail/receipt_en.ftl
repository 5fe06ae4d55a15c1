<#-- Sending receipt: module, instance number, sending date and time. -->
<#macro subject>Sending receipt: ${moduleTitle} no. ${number}</#macro>
<#macro html><#outputformat "HTML"><!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>${moduleTitle}</title></head>
<body style="font-family: sans-serif; color: #1a1a1a;">
<p>Dear user,</p>
<p>the form <strong>${moduleTitle}</strong> was sent on ${sentDate} at ${sentTime} with number <strong>${number}</strong>.</p>
<#if protocol??><p>Protocol no. ${protocolNumber} of ${protocolDate}.</p></#if>
<#if dueDates?? && dueDates?has_content>
<p>Processing times:</p>
<ul><#list dueDates as due><li>${due.label}: from <strong>${due.date}</strong> (working day ${due.workingDays} after sending)</li></#list></ul>
</#if>
<p>A PDF copy of the form as sent is attached.</p>
<p>This message is generated automatically: please do not reply.</p>
</body>
</html></#outputformat></#macro>
<#macro text>
Dear user,

the form "${moduleTitle}" was sent on ${sentDate} at ${sentTime} with number ${number}.
<#if protocol??>
Protocol no. ${protocolNumber} of ${protocolDate}.
</#if>

<#if dueDates?? && dueDates?has_content>
Processing times:
<#list dueDates as due>
- ${due.label}: from ${due.date} (working day ${due.workingDays} after sending)
</#list>

</#if>
A PDF copy of the form as sent is attached.

This message is generated automatically: please do not reply.
</#macro>
