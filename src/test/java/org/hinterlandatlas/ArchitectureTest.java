// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layering of docs/architecture.md, enforced. */
@AnalyzeClasses(packages = "org.hinterlandatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("org.hinterlandatlas.model..")
            .layer("Words").definedBy("org.hinterlandatlas.words..")
            .layer("Geo").definedBy("org.hinterlandatlas.geo..")
            .layer("Style").definedBy("org.hinterlandatlas.style..")
            .layer("Data").definedBy("org.hinterlandatlas.data..")
            .layer("Render").definedBy("org.hinterlandatlas.render..")
            .layer("Figure").definedBy("org.hinterlandatlas.figure..")
            .layer("Tiles").definedBy("org.hinterlandatlas.tiles..")
            .layer("Task").definedBy("org.hinterlandatlas.task..")
            .layer("Ui").definedBy("org.hinterlandatlas.ui..")
            .layer("App").definedBy("org.hinterlandatlas.app..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Tiles").mayOnlyBeAccessedByLayers("Ui", "App")
            .whereLayer("Task").mayOnlyBeAccessedByLayers("Ui", "App")
            .whereLayer("Figure").mayOnlyBeAccessedByLayers("Ui", "App")
            .whereLayer("Data").mayOnlyBeAccessedByLayers("Figure", "Ui", "App")
            .whereLayer("Render").mayOnlyBeAccessedByLayers("Figure", "Tiles", "Ui", "App")
            .whereLayer("Style").mayOnlyBeAccessedByLayers("Data", "Render", "Figure", "Tiles", "Ui", "App")
            .whereLayer("Geo").mayOnlyBeAccessedByLayers("Data", "Render", "Figure", "Tiles", "Ui", "App")
            .whereLayer("Words").mayOnlyBeAccessedByLayers("Data", "Render", "Figure", "Tiles", "Ui", "App");

    /** The words of the window, the figures and the command line: JavaFX-free, above nothing but the model. */
    @ArchTest
    static final ArchRule wordsDependOnNothingButTheModel = classes().that().resideInAPackage("org.hinterlandatlas.words..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.hinterlandatlas.model..",
                    "org.hinterlandatlas.words..");

    /** The command line runs headless: it borrows nothing of the window, words included. */
    @ArchTest
    static final ArchRule commandLineKnowsNoWindow = noClasses().that().resideInAPackage("org.hinterlandatlas.app.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hinterlandatlas.ui..", "javafx..");

    @ArchTest
    static final ArchRule modelDependsOnNothingButJava = classes().that().resideInAPackage("org.hinterlandatlas.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.hinterlandatlas.model..");

    @ArchTest
    static final ArchRule onlyUiAndTilesKnowJavaFx = noClasses().that().resideInAnyPackage(
                    "org.hinterlandatlas.model..", "org.hinterlandatlas.words..", "org.hinterlandatlas.geo..",
                    "org.hinterlandatlas.style..",
                    "org.hinterlandatlas.data..", "org.hinterlandatlas.render..", "org.hinterlandatlas.figure..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "org.jfree.fx..");

    @ArchTest
    static final ArchRule viewModelsKnowNoControls = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..");

    @ArchTest
    static final ArchRule noInternalJavaFx = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.sun..", "com.gluonhq.impl..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.hinterlandatlas.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
}
