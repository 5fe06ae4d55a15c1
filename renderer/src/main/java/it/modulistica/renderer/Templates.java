package it.modulistica.renderer;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Freemarker configuration of the renderer: templates from the classpath, {@code .ftlh} auto-
 * escaped as HTML, records readable as {@code view.title}, no {@code ?new} or {@code ?api}
 * (a module's receipt template cannot reach Java classes), errors thrown rather than printed.
 */
final class Templates {

    private static final int MAX_OVERRIDES = 64;

    private final Configuration configuration;
    private final Map<String, Template> overrides = new ConcurrentHashMap<>();
    private final TemplateConfiguration html = new TemplateConfiguration();

    Templates() {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new ClassTemplateLoader(Templates.class, "/it/modulistica/renderer/templates"));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setLocale(Locale.ITALIAN);
        configuration.setNumberFormat("computer");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposeFields(false);
        DefaultObjectWrapper objectWrapper = wrapper.build();
        configuration.setObjectWrapper(objectWrapper);
        html.setParentConfiguration(configuration);
        html.setOutputFormat(HTMLOutputFormat.INSTANCE);
    }

    /** Prints a template of the renderer (under {@code templates/}) with the model. */
    String print(String name, Map<String, Object> model) {
        try {
            return print(configuration.getTemplate(name), model);
        } catch (IOException e) {
            throw new RenderingFailed("Template " + name + " cannot be read", e);
        }
    }

    /**
     * Prints a module's own template, given as text: compiled once per distinct text, as HTML
     * with auto-escaping whatever its name.
     */
    String printOverride(String name, String text, Map<String, Object> model) {
        Template template = overrides.get(text);
        if (template == null) {
            try {
                template = new Template(name, null, new StringReader(text), configuration, html, null);
            } catch (IOException e) {
                throw new RenderingFailed("Template " + name + " does not compile: " + e.getMessage(), e);
            }
            if (overrides.size() >= MAX_OVERRIDES) {
                overrides.clear();
            }
            overrides.put(text, template);
        }
        return print(template, model);
    }

    private static String print(Template template, Map<String, Object> model) {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template.process(model, out);
        } catch (TemplateException | IOException e) {
            throw new RenderingFailed("Template " + template.getName() + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
