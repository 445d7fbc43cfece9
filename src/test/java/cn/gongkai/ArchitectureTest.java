package cn.gongkai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules each package-info.java states, kept by the build: no cycles between
 * packages; the domain (what the law and the search are about) imports no channel; only the
 * storage layer (and backup/restore, which copy the database file) open JDBC connections.
 */
@AnalyzeClasses(packages = "cn.gongkai", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule no_cycles_between_packages =
            slices().matching("cn.gongkai.(**)").should().beFreeOfCycles();

    static final String[] DOMAIN = {"cn.gongkai.requests..", "cn.gongkai.inquiries..", "cn.gongkai.report..",
        "cn.gongkai.corpus..", "cn.gongkai.letters..", "cn.gongkai.outreach..", "cn.gongkai.storage..",
        "cn.gongkai.config.."};
    static final String[] CHANNELS = {"cn.gongkai.gateway..", "cn.gongkai.console..", "cn.gongkai.kiosk..",
        "cn.gongkai.cli..", "cn.gongkai.twilio..", "cn.gongkai.bench.."};

    @ArchTest
    static final ArchRule the_domain_imports_no_channel =
            noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat().resideInAnyPackage(CHANNELS);

    @ArchTest
    static final ArchRule only_the_storage_layer_opens_connections =
            noClasses().that().resideOutsideOfPackages("cn.gongkai.storage..", "cn.gongkai.ops..")
                    .should().dependOnClassesThat().haveFullyQualifiedName("java.sql.DriverManager")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Connection");

    @ArchTest
    static final ArchRule nothing_imports_the_entry_point =
            noClasses().that().doNotHaveFullyQualifiedName("cn.gongkai.Main")
                    .should().dependOnClassesThat().haveFullyQualifiedName("cn.gongkai.Main");

    @ArchTest
    static final ArchRule only_the_command_line_and_the_root_build_the_app =
            noClasses().that().resideInAnyPackage(DOMAIN).and().resideOutsideOfPackage("cn.gongkai.letters..")
                    .should().dependOnClassesThat().resideInAPackage("cn.gongkai.app..");
}
