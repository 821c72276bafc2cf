package vn.greenzone.declaration.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.declaration.DeclarationKind;
import vn.greenzone.declaration.DeclaredBy;
import vn.greenzone.declaration.NewDeclaration;
import vn.greenzone.declaration.internal.CheckpointDeclarations;
import vn.greenzone.declaration.internal.StoredDeclaration;
import vn.greenzone.platform.ProblemException;

/** A privileged checkpoint's staff declare domestic travel or entry for a traveller. */
@RestController
@Tag(name = "Health declarations")
class CheckpointApiController {

    /** The traveller by their personal QR's text or by phone; the declaration as a person would send it. */
    record CheckpointRequest(String qr, String phone, NewDeclaration declaration) {
    }

    /** What staff get back: the declaration is recorded, about whom, and whether it was flagged. */
    record Recorded(long id, DeclarationKind kind, Instant madeAt, DeclaredBy madeAs, Long personId, Long dependantId,
            boolean flagged) {
    }

    private final CheckpointDeclarations checkpoints;

    CheckpointApiController(CheckpointDeclarations checkpoints) {
        this.checkpoints = checkpoints;
    }

    @PostMapping("/api/v1/venues/{id}/declarations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Declare domestic travel or entry for a traveller at a privileged checkpoint",
            description = "For the staff of a privileged venue of category CHECKPOINT (403 declaration.checkpoint-only "
                    + "otherwise). Name the traveller by qr (their personal QR's text, Greenzone's or another app's) or "
                    + "phone (a new number registers them with the declared name). Kept as made by checkpoint staff.")
    Recorded declare(@PathVariable long id, @RequestBody CheckpointRequest request) {
        if (request.declaration() == null) {
            throw ProblemException.badRequest("declaration.checkpoint-kind");
        }
        StoredDeclaration stored = checkpoints.declare(id,
                new CheckpointDeclarations.Traveller(request.qr(), request.phone(), null), request.declaration());
        return new Recorded(stored.id(), stored.content().kind(), stored.madeAt(), stored.madeAs(),
                stored.subject().personId(), stored.subject().dependantId(), stored.flagged());
    }
}
