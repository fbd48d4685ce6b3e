/**
 * Test vectors from API.md §2.1, as data so the client tests and the emulator tests check the same
 * bytes. `query` holds the decoded values the server sees; `body` is the exact bytes sent.
 */
export interface SigningVector {
  id: string;
  appSecret: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** Query string exactly as it appears in the request line (percent-encoded). */
  rawQuery: string;
  body?: string;
  multipart?: boolean;
  stringToSign: string;
  sign: string;
}

export const SIGNING_VECTORS: readonly SigningVector[] = [
  {
    id: 'V1',
    appSecret: 'e59af819cc',
    method: 'GET',
    path: '/authorization/202309/shops',
    rawQuery: 'app_key=29a39d&timestamp=1623812664',
    stringToSign: 'e59af819cc/authorization/202309/shopsapp_key29a39dtimestamp1623812664e59af819cc',
    sign: 'b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8',
  },
  {
    id: 'V2',
    appSecret: 'e59af819cc',
    method: 'GET',
    path: '/order/202309/orders',
    rawQuery:
      'timestamp=1700000000&ids=576461413038785752%2C576461413038785753&shop_cipher=ROW_TESTCIPHER01&app_key=6abc12xyz&access_token=SHOULD_BE_IGNORED',
    stringToSign:
      'e59af819cc/order/202309/ordersapp_key6abc12xyzids576461413038785752,576461413038785753shop_cipherROW_TESTCIPHER01timestamp1700000000e59af819cc',
    sign: '198f9d8cbeeb5dd2416bc59c6e2b6c05671bab6fa033542752edfd45da2c415f',
  },
  {
    id: 'V3',
    appSecret: 'e59af819cc',
    method: 'POST',
    path: '/order/202309/orders/search',
    rawQuery: 'app_key=6abc12xyz&shop_cipher=ROW_TESTCIPHER01&timestamp=1700000000&page_size=20&sort_field=update_time&sort_order=ASC',
    body: '{"order_status":"AWAITING_SHIPMENT","update_time_ge":1699990000}',
    stringToSign:
      'e59af819cc/order/202309/orders/searchapp_key6abc12xyzpage_size20shop_cipherROW_TESTCIPHER01sort_fieldupdate_timesort_orderASCtimestamp1700000000{"order_status":"AWAITING_SHIPMENT","update_time_ge":1699990000}e59af819cc',
    sign: 'e17905ec868d4e724b43e99ca6a07b0e028f0f914cd8e32c75427f860a4e3a23',
  },
  {
    id: 'V4',
    appSecret: 'e59af819cc',
    method: 'DELETE',
    path: '/event/202309/webhooks',
    rawQuery: 'app_key=6abc12xyz&shop_cipher=ROW_TESTCIPHER01&timestamp=1700000000',
    body: '{"event_type":"ORDER_STATUS_CHANGE"}',
    stringToSign:
      'e59af819cc/event/202309/webhooksapp_key6abc12xyzshop_cipherROW_TESTCIPHER01timestamp1700000000{"event_type":"ORDER_STATUS_CHANGE"}e59af819cc',
    sign: 'ae2aa98e2eb9e83123a2a8c16445f532d18f15d1d6b60897540f78567189633e',
  },
  {
    id: 'V5',
    appSecret: 'e59af819cc',
    method: 'POST',
    path: '/fulfillment/202309/images/upload',
    rawQuery: 'app_key=6abc12xyz&shop_cipher=ROW_TESTCIPHER01&timestamp=1700000000',
    body: '--boundary\r\nContent-Disposition: form-data; name="data"; filename="a.png"\r\n\r\nPNG\r\n--boundary--\r\n',
    multipart: true,
    stringToSign:
      'e59af819cc/fulfillment/202309/images/uploadapp_key6abc12xyzshop_cipherROW_TESTCIPHER01timestamp1700000000e59af819cc',
    sign: 'fbc98aebf33fc2dcb72eb6276d89abf6993ce34e2a927141bbdb7805edbeeadc',
  },
  {
    id: 'V6',
    appSecret: 'e59af819cc',
    method: 'POST',
    path: '/order/202309/orders/search',
    rawQuery: 'app_key=6abc12xyz&shop_cipher=ROW_TESTCIPHER01&timestamp=1700000000&page_size=50&page_token=aB%2Bc%2Fd%3D%3D',
    body: '{}',
    stringToSign:
      'e59af819cc/order/202309/orders/searchapp_key6abc12xyzpage_size50page_tokenaB+c/d==shop_cipherROW_TESTCIPHER01timestamp1700000000{}e59af819cc',
    sign: '709d85bc3b27f53a24da0160779331ec1e2e6da5e40b938b93b4efed4b696d75',
  },
  {
    id: 'V7',
    appSecret: 'e59af819cc',
    method: 'GET',
    path: '/event/202309/webhooks',
    rawQuery: 'app_key=68xu9ks5p4i8&shop_cipher=ROW_xkMbgAAAeVAQra0eZWebFQq5aIK&timestamp=1696909648',
    stringToSign:
      'e59af819cc/event/202309/webhooksapp_key68xu9ks5p4i8shop_cipherROW_xkMbgAAAeVAQra0eZWebFQq5aIKtimestamp1696909648e59af819cc',
    sign: 'ed58e1b5e59865c22a7b828c1cab65007441f43cc91a6cb2f2cdc638e0995a37',
  },
];

/** Webhook vector W1 (API.md §2.1 / §10.3). */
export const WEBHOOK_VECTOR = {
  id: 'W1',
  appKey: '6abc12xyz',
  appSecret: 'e59af819cc',
  body: '{"type":1,"tts_notification_id":"7327112393057371910","shop_id":"7494049642642441621","timestamp":1644412885,"data":{"order_id":"576486316948490001","order_status":"AWAITING_SHIPMENT","is_on_hold_order":false,"update_time":1644412885}}',
  authorization: '30b796245acc4268f3058374a1164c2bb3ceab72137a8d8f2af2c088e98b7e86',
} as const;
