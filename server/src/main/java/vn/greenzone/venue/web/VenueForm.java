package vn.greenzone.venue.web;

import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.internal.VenueDetails;

/** The registration and edit form as the browser posts it: every field text, kept as typed on a refusal. */
record VenueForm(String name, String branch, String category, String unitCode, String address, String latitude,
        String longitude, String contactPhone) {

    static VenueForm of(Venue venue) {
        return new VenueForm(venue.name(), venue.branch(), venue.category().name(), venue.unitCode(), venue.address(),
                venue.latitude() == null ? null : venue.latitude().toString(),
                venue.longitude() == null ? null : venue.longitude().toString(), new PhoneNumber(venue.contactPhone()).national());
    }

    VenueDetails details() {
        return new VenueDetails(name, branch, category, unitCode, address, coordinate(latitude), coordinate(longitude),
                contactPhone);
    }

    private static Double coordinate(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(typed.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw ProblemException.badRequest("venue.position-invalid");
        }
    }
}
