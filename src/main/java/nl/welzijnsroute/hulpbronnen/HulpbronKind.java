package nl.welzijnsroute.hulpbronnen;

/** What kind of help; message key {@code hulpbron.kind.CODE}. */
public enum HulpbronKind {
    GROEP, INDIVIDUEEL, ONLINE, WMO, GGZ, OVERIG
}
