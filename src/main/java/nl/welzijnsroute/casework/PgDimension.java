package nl.welzijnsroute.casework;

/** The six dimensions of Positieve Gezondheid, in the order of the dialogue tool; message key {@code pg.CODE}. */
public enum PgDimension {
    LICHAAMSFUNCTIES, MENTAAL_WELBEVINDEN, ZINGEVING, KWALITEIT_VAN_LEVEN, MEEDOEN, DAGELIJKS_FUNCTIONEREN;

    /** The matching property of {@link PositieveGezondheidForm}, e.g. {@code mentaalWelbevinden}. */
    public String formProperty() {
        StringBuilder property = new StringBuilder();
        for (String part : name().toLowerCase().split("_")) {
            property.append(property.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return property.toString();
    }
}
