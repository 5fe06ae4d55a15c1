package it.modulistica.app.mail;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The Freemarker templates of the e-mails, one file per kind ({@code receipt.ftl},
 * {@code notification.ftl}), Italian first with {@code _en} variants, each defining the macros
 * {@code subject}, {@code html} (escaped as HTML) and {@code text}; and the pages of the local mailbox.
 */
final class MailTemplates {

    private final Configuration configuration;

    MailTemplates() {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new ClassTemplateLoader(MailTemplates.class, "/it/modulistica/app/mail"));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocalizedLookup(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setFallbackOnNullLoopVariable(false);
    }

    /** A rendered e-mail. */
    record Rendered(String subject, String html, String text) {
    }

    Rendered mail(String kind, Locale locale, Map<String, Object> model) {
        String subject = macro(kind, "subject", locale, model).replaceAll("\\s+", " ").strip();
        return new Rendered(subject, macro(kind, "html", locale, model), macro(kind, "text", locale, model).strip() + "\n");
    }

    String page(String name, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            configuration.getTemplate(name, Locale.ITALIAN).process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + name + " failed", e);
        }
    }

    private String macro(String kind, String macro, Locale locale, Map<String, Object> model) {
        try {
            Template wrapper = new Template(kind + "-" + macro,
                    new StringReader("<#import \"/" + kind + ".ftl\" as m><@m." + macro + "/>"), configuration);
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
}
