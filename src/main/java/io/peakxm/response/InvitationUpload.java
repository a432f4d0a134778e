package io.peakxm.response;

/** What adding recipients did: invitations created, and recipients skipped as already invited or unsubscribed. */
public record InvitationUpload(int created, int alreadyInvited, int unsubscribed) {
}
