package it.modulistica.app.mail;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.core.TemplateClassResolver;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * The Freemarker templates of the e-mails, one file per kind ({@code receipt.ftl},
 * {@code notification.ftl}), Italian first with {@code _en} variants, each defining the macros
 * {@code subject}, {@code html} (escaped as HTML) and {@code text}.
 * A module may bring its own template of a kind ({@code forms/<code>/mail/<kind>.ftl}) with the same
 * three macros; templates cannot create Java objects nor reach the Java API.
 */
final class MailTemplates {

    private final Configuration configuration;
    /** The parsed wrappers, by kind and source: a handful per module, each parsed once (issue 13). */
    private final Map<String, Template> wrappers = new ConcurrentHashMap<>();

    MailTemplates() {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new ClassTemplateLoader(MailTemplates.class, "/it/modulistica/app/mail"));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocalizedLookup(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
    }

    /** A rendered e-mail. */
    record Rendered(String subject, String html, String text) {
    }

    Rendered mail(String kind, Locale locale, Map<String, Object> model) {
        return mail(kind, locale, model, Optional.empty());
    }

    /** The e-mail of a kind, from the module's own template when it brings one. */
    Rendered mail(String kind, Locale locale, Map<String, Object> model, Optional<String> moduleTemplate) {
        // A module template defines the three macros itself; the shipped one is imported by name.
        String header = moduleTemplate.orElse("<#import \"/" + kind + ".ftl\" as m>");
        String prefix = moduleTemplate.isPresent() ? "" : "m.";
        String subject = render(kind, header + "<@" + prefix + "subject/>", locale, model).replaceAll("\\s+", " ").strip();
        return new Rendered(subject, render(kind, header + "<@" + prefix + "html/>", locale, model).strip(),
                render(kind, header + "<@" + prefix + "text/>", locale, model).strip() + "\n");
    }

    private String render(String kind, String source, Locale locale, Map<String, Object> model) {
        try {
            Template wrapper = wrapper(kind, source);
            StringWriter out = new StringWriter();
            Environment environment = wrapper.createProcessingEnvironment(model, out);
            environment.setLocale(locale);
            environment.process();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Mail template " + kind + " failed", e);
        }
    }

    private Template wrapper(String kind, String source) throws IOException {
        String key = kind + '\n' + source;
        Template parsed = wrappers.get(key);
        if (parsed == null) {
            parsed = new Template(kind, new StringReader(source), configuration);
            wrappers.putIfAbsent(key, parsed);
        }
        return parsed;
    }
}
