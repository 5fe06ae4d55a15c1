package it.modulistica.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** The module arrows and naming rules of STYLE.md, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "it.modulistica", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule workflowDependsOnNothingOfOursNorOnSpring = noClasses()
            .that().resideInAPackage("it.modulistica.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "it.modulistica.engine..", "it.modulistica.renderer..", "it.modulistica.app..", "org.springframework..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule engineKnowsNeitherAppNorRendererNorWeb = noClasses()
            .that().resideInAPackage("it.modulistica.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "it.modulistica.app..", "it.modulistica.renderer..",
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule rendererKnowsNeitherAppNorRepositories = noClasses()
            .that().resideInAPackage("it.modulistica.renderer..")
            .should().dependOnClassesThat(
                    resideInAnyPackage("it.modulistica.app..", "org.springframework.data..", "org.springframework.jdbc..")
                            .or(assignableTo(Repository.class))
                            .or(simpleNameEndingWith("Repository")))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noLayerOrDumpingGroundPackages = noClasses()
            .should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..", "..helpers..", "..dto..",
                    "..entity..", "..entities..", "..mapper..", "..impl..", "..manager..", "..base..");

    @ArchTest
    static final ArchRule noLayerOrDumpingGroundClassNames = noClasses()
            .should().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Dto")
            .orShould().haveSimpleNameEndingWith("DTO")
            .orShould().haveSimpleNameEndingWith("Entity")
            .orShould().haveSimpleNameEndingWith("Mapper")
            .orShould().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Manager");

    @ArchTest
    static final ArchRule jsonSchemaLibraryStaysInDefinitionAndValidation = noClasses()
            .that().resideOutsideOfPackages("it.modulistica.engine.validation..", "it.modulistica.engine.definition..")
            .should().dependOnClassesThat().resideInAnyPackage("org.json..", "org.everit..");
}
