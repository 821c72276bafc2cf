package vn.greenzone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module boundaries honest and the module diagram in docs/architecture.md true to the code. */
class ModuleStructureTest {

    private static final Path ARCHITECTURE = Path.of("../docs/architecture.md");
    private static final String START = "<!-- modules:start -->";
    private static final String END = "<!-- modules:end -->";

    /** The exposure-notification library and the simulator share the root package but are not the server's modules. */
    private final ApplicationModules modules = ApplicationModules.of(GreenzoneApplication.class,
            ApplicationModules.Filters.withoutModules("exposurenotification", "simulator"));

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsAModule() {
        assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
                .contains("vn.greenzone.geo", "vn.greenzone.identity", "vn.greenzone.outreach",
                        "vn.greenzone.platform", "vn.greenzone.shell");
    }

    @Test
    void writesModuleDocumentation() {
        Path output = Path.of("target/modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(output.resolve("components.puml")).exists();
        assertThat(output.resolve("module-identity.adoc")).exists();
    }

    /**
     * Regenerates the Mermaid diagram between the markers of docs/architecture.md. A stale diagram is
     * rewritten and the test fails, so the change shows up in review and CI never passes stale docs.
     */
    @Test
    void architectureDocumentShowsTheModulesAsTheyAre() throws IOException {
        String document = Files.readString(ARCHITECTURE);
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        assertThat(start).as("markers in docs/architecture.md").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String current = document.substring(start + START.length(), end);
        String generated = "\n```mermaid\n" + mermaid() + "```\n";
        if (!current.equals(generated)) {
            Files.writeString(ARCHITECTURE, document.substring(0, start + START.length()) + generated + document.substring(end));
        }
        assertThat(current).as("module diagram in docs/architecture.md (now regenerated; commit it)").isEqualTo(generated);
    }

    private String mermaid() {
        var lines = new TreeSet<String>();
        var nodes = new StringBuilder("flowchart TD\n");
        modules.stream().sorted(Comparator.comparing(ApplicationModule::getIdentifier))
                .forEach(module -> {
                    nodes.append("  ").append(module.getIdentifier()).append("[\"")
                            .append(module.getDisplayName()).append("\"]\n");
                    module.getDirectDependencies(modules).stream()
                            .map(ApplicationModuleDependency::getTargetModule)
                            .filter(target -> !target.equals(module))
                            .forEach(target -> lines.add("  " + module.getIdentifier() + " --> " + target.getIdentifier()));
                });
        lines.forEach(line -> nodes.append(line).append('\n'));
        return nodes.toString();
    }
}
