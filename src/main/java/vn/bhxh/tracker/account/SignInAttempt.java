package vn.bhxh.tracker.account;

/**
 * One sign-in let through the throttle, on its way to the password check.
 *
 * @param typedName      the user name as typed, made safe to store (no control characters, bounded)
 * @param accountId      the account of that name, or null when there is none
 * @param accountSubject what the user name's throttle counts under: the account's name when it exists
 * @param addressSubject what the address's throttle counts under: the address, an IPv6 one by its /64 network
 * @param address        the source address as the request gave it, made safe to store
 * @param deviceId       the account's known browser the attempt came from ({@link SignInDevices}), or null
 */
record SignInAttempt(String typedName, Long accountId, String accountSubject, String addressSubject, String address,
                     Long deviceId) {
}
