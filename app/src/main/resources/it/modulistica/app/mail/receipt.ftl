<#-- Ricevuta di invio: modello, numero dell'istanza, data e ora di invio. -->
<#macro subject>Ricevuta di invio: ${moduleTitle} n. ${number}</#macro>
<#macro html><#outputformat "HTML"><!DOCTYPE html>
<html lang="it">
<head><meta charset="UTF-8"><title>${moduleTitle}</title></head>
<body style="font-family: sans-serif; color: #1a1a1a;">
<p>Gentile utente,</p>
<p>il modulo <strong>${moduleTitle}</strong> è stato inviato il ${sentDate} alle ${sentTime} con numero <strong>${number}</strong>.</p>
<p>In allegato trova la copia in PDF del modulo inviato.</p>
<p>Questo messaggio è generato automaticamente: non rispondere.</p>
</body>
</html></#outputformat></#macro>
<#macro text>
Gentile utente,

il modulo "${moduleTitle}" è stato inviato il ${sentDate} alle ${sentTime} con numero ${number}.

In allegato trova la copia in PDF del modulo inviato.

Questo messaggio è generato automaticamente: non rispondere.
</#macro>
