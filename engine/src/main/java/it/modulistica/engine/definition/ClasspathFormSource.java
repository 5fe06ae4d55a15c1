package it.modulistica.engine.definition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.StringUtils;

/**
 * The forms packaged under a classpath prefix, in folders or jars (every classpath root is
 * searched, so the same module in two jars is seen twice). Packaged files do not change while the
 * app runs, so the fingerprint is constant.
 */
final class ClasspathFormSource implements FormSource {

    private final String prefix;
    private final ResourcePatternResolver resolver;

    ClasspathFormSource(String prefix, ClassLoader classLoader) {
        String trimmed = prefix.replaceAll("^/+|/+$", "");
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A classpath prefix for the forms is required, such as \"forms\"");
        }
        this.prefix = trimmed;
        this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    }

    @Override
    public String fingerprint() {
        return "classpath:" + prefix;
    }

    @Override
    public Listing list() {
        List<SourceFile> definitions = new ArrayList<>();
        List<SourceFile> data = new ArrayList<>();
        List<DefinitionProblem> unreadable = new ArrayList<>();
        for (Resource resource : resources(prefix + "/*/" + SourceText.DEFINITION_FILE)) {
            String folder = folderOf(resource);
            if (SourceText.isModuleFolder(folder)) {
                read(resource, folder + "/" + SourceText.DEFINITION_FILE, definitions, unreadable);
            }
        }
        List<SourceFile> templates = new ArrayList<>();
        for (Resource resource : resources(prefix + "/*/" + SourceText.RECEIPT_TEMPLATE)) {
            String folder = folderOf(resource);
            if (SourceText.isModuleFolder(folder)) {
                read(resource, folder + "/" + SourceText.RECEIPT_TEMPLATE, templates, unreadable);
            }
        }
        for (Resource resource : resources(prefix + "/*/" + SourceText.ACT_PREFIX + "*" + SourceText.ACT_SUFFIX)) {
            String folder = folderOf(resource);
            String name = resource.getFilename() == null ? "" : resource.getFilename();
            if (SourceText.isModuleFolder(folder) && SourceText.isActTemplate(name)) {
                read(resource, folder + "/" + name, templates, unreadable);
            }
        }
        for (Resource resource : resources(prefix + "/*/" + SourceText.MAIL_FOLDER + "/*.ftl")) {
            String module = folderOf(resource, 2);
            String name = resource.getFilename() == null ? "" : resource.getFilename();
            if (SourceText.isModuleFolder(module) && SourceText.isMailTemplate(name)) {
                read(resource, module + "/" + SourceText.MAIL_FOLDER + "/" + name, templates, unreadable);
            }
        }
        List<SourceFile> examples = new ArrayList<>();
        for (Resource resource : resources(prefix + "/*/" + SourceText.EXAMPLES_FOLDER + "/*/*.json")) {
            String module = folderOf(resource, 3);
            String kind = folderOf(resource, 1);
            String name = resource.getFilename() == null ? "" : resource.getFilename();
            if (SourceText.isModuleFolder(module) && SourceText.EXAMPLE_KINDS.contains(kind) && SourceText.isDataFile(name)) {
                read(resource, module + "/" + SourceText.EXAMPLES_FOLDER + "/" + kind + "/" + name, examples, unreadable);
            }
        }
        readFolder(SourceText.DATA_FOLDER, data, unreadable);
        List<SourceFile> workflows = new ArrayList<>();
        readFolder(SourceText.WORKFLOWS_FOLDER, workflows, unreadable);
        Comparator<SourceFile> order = Comparator.comparing(SourceFile::path).thenComparing(SourceFile::location);
        definitions.sort(order);
        data.sort(order);
        workflows.sort(order);
        templates.sort(order);
        examples.sort(order);
        return new Listing(fingerprint(), definitions, data, workflows, templates, unreadable, examples);
    }

    private void readFolder(String folder, List<SourceFile> into, List<DefinitionProblem> unreadable) {
        for (Resource resource : resources(prefix + "/" + folder + "/*.json")) {
            String name = resource.getFilename() == null ? "" : resource.getFilename();
            if (SourceText.isDataFile(name)) {
                read(resource, folder + "/" + name, into, unreadable);
            }
        }
    }

    private List<Resource> resources(String pattern) {
        try {
            return List.of(resolver.getResources(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + pattern));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the classpath for " + pattern, e);
        }
    }

    private static void read(Resource resource, String path, List<SourceFile> into, List<DefinitionProblem> unreadable) {
        String location = resource.getDescription();
        try {
            into.add(new SourceFile(path, location, SourceText.utf8(resource.getContentAsByteArray())));
        } catch (CharacterCodingException e) {
            unreadable.add(SourceText.notUtf8(path));
        } catch (IOException e) {
            unreadable.add(SourceText.unreadable(path, e));
        }
    }

    /** The name of the folder holding {@code form.json}, taken from the URL, which jars also have. */
    private static String folderOf(Resource resource) {
        return folderOf(resource, 1);
    }

    /** The name of the folder {@code levels} up from a resource ({@code 1}: the one holding it). */
    private static String folderOf(Resource resource, int levels) {
        try {
            String folderUrl = resource.getURL().toString();
            for (int level = 0; level < levels; level++) {
                folderUrl = folderUrl.substring(0, folderUrl.lastIndexOf('/'));
            }
            return StringUtils.uriDecode(folderUrl.substring(folderUrl.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot locate " + resource.getDescription(), e);
        }
    }

    @Override
    public String toString() {
        return "forms on the classpath under " + prefix + "/";
    }
}
