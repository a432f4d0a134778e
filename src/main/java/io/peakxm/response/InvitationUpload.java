package io.peakxm.response;

/**
 * What adding recipients did: invitations created, and recipients skipped as already
 * invited or unsubscribed; for a CSV file also the encoding it was read with (null
 * otherwise).
 */
public record InvitationUpload(int created, int alreadyInvited, int unsubscribed, String fileEncoding) {
}
