package vn.greenzone.identity;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

/** Dependants a person declares on behalf of others. */
@Service
public class Dependants {

    /** The signed-in person's dependants. */
    public List<Dependant> mine() {
        throw new UnsupportedOperationException("TODO qr helper");
    }

    public Dependant declare(String fullName, LocalDate birthDate, Gender gender, String idNumber, String relationship) {
        throw new UnsupportedOperationException("TODO qr helper");
    }

    /** The dependant, if the signed-in person is their guardian; 404 {@code dependant.not-found} otherwise. */
    public Dependant requireMine(long dependantId) {
        throw new UnsupportedOperationException("TODO qr helper");
    }

    public Dependant find(long dependantId) {
        throw new UnsupportedOperationException("TODO qr helper");
    }

    /** The dependants with these ids, by id, whoever their guardian (for lists of visits). */
    public java.util.Map<Long, Dependant> findAll(java.util.Collection<Long> ids) {
        throw new UnsupportedOperationException("TODO lead after merge");
    }

    public void remove(long dependantId) {
        throw new UnsupportedOperationException("TODO qr helper");
    }
}
