package com.naversms.core.booking;

/**
 * One Naver store (business) from {@code stores.yaml}.
 *
 * @param alias the legacy alias: the name without a leading "다비스튜디오" and without spaces, or the id
 *     when there is no name
 * @param fromNumber the SENS sender for this store's messages, or null for the default
 * @param guideTemplate key of the store's guide template under {@code templates.guide.stores}
 */
public record Store(
    String id, String name, String alias, String fromNumber, String guideTemplate) {}
