package news.broadsheet.reader.internal;

/** Where the signed-in viewer of a profile stands with its reader, for the follow and mute buttons. */
public record ProfileRelation(boolean following, boolean muting) {
}
