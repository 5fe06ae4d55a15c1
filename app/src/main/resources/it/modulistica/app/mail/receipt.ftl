<#-- Ricevuta di invio: modello, numero dell'istanza, data e ora di invio. -->
<#macro subject>Ricevuta di invio: ${moduleTitle} n. ${number}</#macro>
<#macro html><#outputformat "HTML"><!DOCTYPE html>
<html lang="it">
<head><meta charset="UTF-8"><title>${moduleTitle}</title></head>
<body style="font-family: sans-serif; color: #1a1a1a;">
<p>Gentile utente,</p>
<p>il modulo <strong>${moduleTitle}</strong> è stato inviato il ${sentDate} alle ${sentTime} con numero <strong>${number}</strong>.</p>
<#if protocol??><p>${protocol}.</p></#if>
<#if dueDates?? && dueDates?has_content>
<p>Tempi di lavorazione:</p>
<ul><#list dueDates as due><li>${due.label}: dal <strong>${due.date}</strong> (${due.workingDays}° giorno lavorativo dall'invio)</li></#list></ul>
</#if>
<p>In allegato trova la copia in PDF del modulo inviato.</p>
<p>Questo messaggio è generato automaticamente: non rispondere.</p>
</body>
</html></#outputformat></#macro>
<#macro text>
Gentile utente,

il modulo "${moduleTitle}" è stato inviato il ${sentDate} alle ${sentTime} con numero ${number}.
<#if protocol??>
${protocol}.
</#if>

<#if dueDates?? && dueDates?has_content>
Tempi di lavorazione:
<#list dueDates as due>
- ${due.label}: dal ${due.date} (${due.workingDays}° giorno lavorativo dall'invio)
</#list>

</#if>
In allegato trova la copia in PDF del modulo inviato.

Questo messaggio è generato automaticamente: non rispondere.
</#macro>
