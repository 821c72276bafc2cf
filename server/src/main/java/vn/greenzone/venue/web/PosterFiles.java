package vn.greenzone.venue.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;
import vn.greenzone.venue.internal.PosterDocument;

/** The poster as a download, for the owner and staff, from the API and from the venue page alike. */
@Component
class PosterFiles {

    private final Venues venues;
    private final PosterDocument posters;

    PosterFiles(Venues venues, PosterDocument posters) {
        this.venues = venues;
        this.posters = posters;
    }

    ResponseEntity<byte[]> pdf(long venueId) {
        Venue venue = venues.requireStaff(venueId);
        return file(posters.pdf(venue, venues.posterUrl(venueId)), MediaType.APPLICATION_PDF, venueId, "pdf");
    }

    ResponseEntity<byte[]> png(long venueId) {
        venues.requireStaff(venueId);
        return file(posters.png(venues.posterUrl(venueId)), MediaType.IMAGE_PNG, venueId, "png");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, long venueId, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("greenzone-venue-" + venueId + "." + extension).build().toString())
                // A rotated poster must not come back from a cache.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }
}
