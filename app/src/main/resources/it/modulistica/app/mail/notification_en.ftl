<#-- Notice to the applicant of a step of the procedure (additional information requested, outcome). -->
<#macro subject>${moduleTitle} no. ${number}: ${stateLabel}</#macro>
<#macro html><#outputformat "HTML"><!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>${moduleTitle}</title></head>
<body style="font-family: sans-serif; color: #1a1a1a;">
<p>Dear user,</p>
<p>instance no. <strong>${number}</strong> of the form <strong>${moduleTitle}</strong> moved on ${date} at ${time} to <strong>${stateLabel}</strong> (${actionLabel}).</p>
<#if protocol??><p>Protocol no. ${protocolNumber} of ${protocolDate}.</p></#if>
<#if note??><p>Note from the office:</p><blockquote>${note}</blockquote></#if>
<p>This message is generated automatically: please do not reply.</p>
</body>
</html></#outputformat></#macro>
<#macro text>
Dear user,

instance no. ${number} of the form "${moduleTitle}" moved on ${date} at ${time} to ${stateLabel} (${actionLabel}).
<#if protocol??>
Protocol no. ${protocolNumber} of ${protocolDate}.
</#if>
<#if note??>

Note from the office:
${note}
</#if>

This message is generated automatically: please do not reply.
</#macro>
