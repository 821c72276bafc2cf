package vn.greenzone.declaration;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.greenzone.declaration.internal.CheckpointDeclarations;
import vn.greenzone.declaration.internal.DeclarationRepository;
import vn.greenzone.declaration.internal.DeclarationService;

/**
 * Declaring from other modules (demo data, imports), under the same rules as the pages and the API: as the
 * signed-in person, for themself or their dependant, or as a privileged checkpoint's staff for a traveller.
 */
@Service
public class Declarations {

    private final DeclarationService declarations;
    private final CheckpointDeclarations checkpoints;
    private final DeclarationRepository repository;

    Declarations(DeclarationService declarations, CheckpointDeclarations checkpoints, DeclarationRepository repository) {
        this.declarations = declarations;
        this.checkpoints = checkpoints;
        this.repository = repository;
    }

    /**
     * Those of the people (ids) who declared for themselves since {@code since}: rosters ask about up to 100,000
     * people at once, in one query. Who may know it is for the caller to check.
     */
    public Set<Long> declaredSince(Collection<Long> personIds, Instant since) {
        return personIds.isEmpty() ? Set.of() : Set.copyOf(repository.declaredSince(personIds, since));
    }

    /** The signed-in person declares (for a dependant with {@code dependantId}); returns the declaration's id. */
    public long declare(NewDeclaration declaration) {
        return declarations.declare(declaration).id();
    }

    /** The signed-in checkpoint staff declare travel or entry for the traveller holding {@code phone}. */
    public long declareForTraveller(long checkpointId, String phone, NewDeclaration declaration) {
        return checkpoints.declare(checkpointId, new CheckpointDeclarations.Traveller(null, phone, null), declaration)
                .id();
    }
}
