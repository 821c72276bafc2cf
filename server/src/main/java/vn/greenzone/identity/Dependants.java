package vn.greenzone.identity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.identity.internal.DependantRepository;
import vn.greenzone.identity.internal.PrintedQrRepository;
import vn.greenzone.identity.internal.ProfileRules;
import vn.greenzone.platform.ProblemException;

/** Dependants a person declares on behalf of others. */
@Service
public class Dependants {

    /** A household, not an institution: more than this is a mistake or abuse. */
    static final int MAX_PER_GUARDIAN = 20;
    private static final int MAX_RELATIONSHIP = 50;

    private final DependantRepository repository;
    private final PrintedQrRepository printed;
    private final AccessControl access;

    Dependants(DependantRepository repository, PrintedQrRepository printed, AccessControl access) {
        this.repository = repository;
        this.printed = printed;
        this.access = access;
    }

    /** The signed-in person's dependants. */
    public List<Dependant> mine() {
        return repository.ofGuardian(access.current().personId());
    }

    /**
     * Declares a dependant of the signed-in person. Name, birth date and ID number follow the rules of a
     * person's profile; refuses {@code dependant.relationship-invalid} 400 and {@code dependant.too-many} 409.
     */
    public Dependant declare(String fullName, LocalDate birthDate, Gender gender, String idNumber, String relationship) {
        long guardian = access.current().personId();
        String name = ProfileRules.fullName(fullName);
        ProfileRules.birthDate(birthDate);
        String id = ProfileRules.idNumber(idNumber);
        String relation = relationship == null || relationship.isBlank() ? null : relationship.trim().replaceAll("\\s+", " ");
        if (relation != null && relation.length() > MAX_RELATIONSHIP) {
            throw ProblemException.badRequest("dependant.relationship-invalid", MAX_RELATIONSHIP);
        }
        if (repository.countOfGuardian(guardian) >= MAX_PER_GUARDIAN) {
            throw new ProblemException(HttpStatus.CONFLICT, "dependant.too-many", MAX_PER_GUARDIAN);
        }
        return repository.insert(guardian, name, birthDate, gender, id, relation);
    }

    /** The dependant, if the signed-in person is their guardian; 404 {@code dependant.not-found} otherwise. */
    public Dependant requireMine(long dependantId) {
        return repository.findCurrent(dependantId, access.current().personId())
                .orElseThrow(() -> ProblemException.notFound("dependant.not-found"));
    }

    /** Any dependant, also one their guardian removed, so check-in history still names them; 404 when unknown. */
    public Dependant find(long dependantId) {
        return repository.findById(dependantId).orElseThrow(() -> ProblemException.notFound("dependant.not-found"));
    }

    /** The current dependants of a guardian (tracing follows a case's dependants; callers check who may ask). */
    public List<Dependant> ofGuardian(long guardianId) {
        return repository.ofGuardian(guardianId);
    }

    /** The dependants with these ids, by id, whoever their guardian (for lists of visits). */
    public Map<Long, Dependant> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : repository.findAll(ids).stream()
                .collect(Collectors.toMap(Dependant::id, dependant -> dependant));
    }

    /** Removes one of the signed-in person's dependants and revokes their printed codes. */
    @Transactional
    public void remove(long dependantId) {
        Dependant dependant = requireMine(dependantId);
        repository.markRemoved(dependant.id());
        printed.revokeAllOfDependant(dependant.id());
    }
}
