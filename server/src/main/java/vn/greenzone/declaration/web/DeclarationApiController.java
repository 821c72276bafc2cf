package vn.greenzone.declaration.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.declaration.DeclarationKind;
import vn.greenzone.declaration.DeclarationProperties;
import vn.greenzone.declaration.DeclarationStatus;
import vn.greenzone.declaration.DeclaredBy;
import vn.greenzone.declaration.DoorStatus;
import vn.greenzone.declaration.NewDeclaration;
import vn.greenzone.declaration.TestResult;
import vn.greenzone.declaration.Vehicle;
import vn.greenzone.declaration.internal.Countries;
import vn.greenzone.declaration.internal.DeclarationService;
import vn.greenzone.declaration.internal.StoredDeclaration;
import vn.greenzone.declaration.internal.ValidDeclaration;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Dependants;

/** A person's health declarations, for themself and their dependants: their own data, so in full. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Health declarations")
class DeclarationApiController {

    /** A declaration as kept: {@code dependantId} null for one about the person themself. */
    record MyDeclaration(long id, DeclarationKind kind, Instant madeAt, DeclaredBy madeAs, Long dependantId,
            boolean flagged, ValidDeclaration declaration) {

        static MyDeclaration of(StoredDeclaration stored) {
            return new MyDeclaration(stored.id(), stored.content().kind(), stored.madeAt(), stored.madeAs(),
                    stored.subject().dependantId(), stored.flagged(), stored.content());
        }
    }

    /** Declared within the validity (24 h), and anything flagged, for the person and each dependant. */
    record MyStatus(boolean declared, boolean flagged, Instant declaredAt, List<DependantStatus> dependants) {
    }

    record DependantStatus(long dependantId, String fullName, boolean declared, boolean flagged, Instant declaredAt) {
    }

    record Option(String code, String label) {
    }

    record Options(List<Option> symptoms, List<Option> exposures, List<Option> countries, List<Option> vehicles,
            List<Option> testResults) {
    }

    private final DeclarationService declarations;
    private final DeclarationStatus status;
    private final Dependants dependants;
    private final AccessControl access;
    private final DeclarationProperties properties;
    private final Countries countries;
    private final MessageSource messages;

    DeclarationApiController(DeclarationService declarations, DeclarationStatus status, Dependants dependants,
            AccessControl access, DeclarationProperties properties, Countries countries, MessageSource messages) {
        this.declarations = declarations;
        this.status = status;
        this.dependants = dependants;
        this.access = access;
        this.properties = properties;
        this.countries = countries;
        this.messages = messages;
    }

    @PostMapping("/declarations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a health declaration for myself or one of my dependants",
            description = "kind is DAILY, DOMESTIC_TRAVEL (with travel) or ENTRY (with entry); dependantId null declares "
                    + "for oneself. Codes of symptoms, exposures, countries and units as GET /declarations/options and "
                    + "/units give them. A symptom, an exposure or a positive test puts it on the health officials' list "
                    + "at once. 201 after it is committed; 404 dependant.not-found for someone else's dependant.")
    MyDeclaration declare(@RequestBody NewDeclaration declaration) {
        return MyDeclaration.of(declarations.declare(declaration));
    }

    @GetMapping("/me/declarations")
    @Operation(summary = "My declarations and my dependants', newest first (the last 50)")
    List<MyDeclaration> mine() {
        return declarations.mine().stream().map(MyDeclaration::of).toList();
    }

    @GetMapping("/me/declarations/draft")
    @Operation(summary = "The next declaration prefilled from my profile and my last declaration",
            description = "For a dependant with dependant=<id>. The answers start empty; send it back with them.")
    NewDeclaration draft(@RequestParam(defaultValue = "DAILY") DeclarationKind kind,
            @RequestParam(required = false) Long dependant) {
        return declarations.draft(kind, dependant);
    }

    @GetMapping("/me/status")
    @Operation(summary = "Whether I and each of my dependants declared in the last 24 hours, and whether anything "
            + "was flagged")
    MyStatus myStatus() {
        DoorStatus mine = status.ofPerson(access.current().personId());
        List<DependantStatus> theirs = dependants.mine().stream().map(dependant -> {
            DoorStatus of = status.ofDependant(dependant.id());
            return new DependantStatus(dependant.id(), dependant.fullName(), of.declared(), of.flagged(), of.declaredAt());
        }).toList();
        return new MyStatus(mine.declared(), mine.flagged(), mine.declaredAt(), theirs);
    }

    @GetMapping("/declarations/options")
    @Operation(summary = "The answers a declaration may give, labelled in the caller's language",
            description = "Symptoms and exposures are settings (greenzone.declaration.symptoms, .exposures); countries "
                    + "are ISO 3166-1 alpha-2.")
    Options options(Locale locale) {
        return new Options(
                properties.symptoms().stream().map(q -> new Option(q.code(), q.label(locale))).toList(),
                properties.exposures().stream().map(q -> new Option(q.code(), q.label(locale))).toList(),
                countries.all(locale).stream().map(c -> new Option(c.code(), c.name())).toList(),
                Arrays.stream(Vehicle.values()).map(v -> option(v.name(), v.labelKey(), locale)).toList(),
                Arrays.stream(TestResult.values()).map(t -> option(t.name(), t.labelKey(), locale)).toList());
    }

    private Option option(String code, String key, Locale locale) {
        return new Option(code, messages.getMessage(key, null, code, locale));
    }
}
