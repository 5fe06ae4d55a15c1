<#-- Sending receipt: module, instance number, sending date and time. -->
<#macro subject>Sending receipt: ${moduleTitle} no. ${number}</#macro>
<#macro html><#outputformat "HTML"><!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>${moduleTitle}</title></head>
<body style="font-family: sans-serif; color: #1a1a1a;">
<p>Dear user,</p>
<p>the form <strong>${moduleTitle}</strong> was sent on ${sentDate} at ${sentTime} with number <strong>${number}</strong>.</p>
<p>A PDF copy of the form as sent is attached.</p>
<p>This message is generated automatically: please do not reply.</p>
</body>
</html></#outputformat></#macro>
<#macro text>
Dear user,

the form "${moduleTitle}" was sent on ${sentDate} at ${sentTime} with number ${number}.

A PDF copy of the form as sent is attached.

This message is generated automatically: please do not reply.
</#macro>
