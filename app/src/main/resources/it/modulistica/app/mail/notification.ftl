<#-- Avviso al compilatore di un passaggio del procedimento (richiesta di integrazione, esito). -->
<#macro subject>${moduleTitle} n. ${number}: ${stateLabel}</#macro>
<#macro html><#outputformat "HTML"><!DOCTYPE html>
<html lang="it">
<head><meta charset="UTF-8"><title>${moduleTitle}</title></head>
<body style="font-family: sans-serif; color: #1a1a1a;">
<p>Gentile utente,</p>
<p>l'istanza n. <strong>${number}</strong> del modulo <strong>${moduleTitle}</strong> è passata il ${date} alle ${time} allo stato <strong>${stateLabel}</strong> (${actionLabel}).</p>
<#if protocol??><p>${protocol}.</p></#if>
<#if note??><p>Nota dell'ufficio:</p><blockquote>${note}</blockquote></#if>
<p>Questo messaggio è generato automaticamente: non rispondere.</p>
</body>
</html></#outputformat></#macro>
<#macro text>
Gentile utente,

l'istanza n. ${number} del modulo "${moduleTitle}" è passata il ${date} alle ${time} allo stato ${stateLabel} (${actionLabel}).
<#if protocol??>
${protocol}.
</#if>
<#if note??>

Nota dell'ufficio:
${note}
</#if>

Questo messaggio è generato automaticamente: non rispondere.
</#macro>
