/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query SandboxEnabled {\n    sandbox {\n      enabled\n    }\n  }\n": typeof types.SandboxEnabledDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  fragment DeadlineCountdown on OrderDeadlines {\n    next\n    rtsSla\n    shippingDue\n    ttsSla\n    collectionDue\n    deliverySla\n    deliveryDue\n  }\n": typeof types.DeadlineCountdownFragmentDoc,
    "\n  fragment DeadlineList on OrderDeadlines {\n    next\n    rtsSla\n    shippingDue\n    ttsSla\n    collectionDue\n    deliverySla\n    deliveryDue\n  }\n": typeof types.DeadlineListFragmentDoc,
    "\n  fragment IncidentItem on Incident {\n    id\n    kind\n    message\n    occurrences\n    createdAt\n    lastSeenAt\n    resolvedAt\n    retryable\n  }\n": typeof types.IncidentItemFragmentDoc,
    "\n  fragment LineGroupItem on OrderLineGroup {\n    skuId\n    sellerSku\n    productName\n    skuName\n    skuImage\n    quantity\n    isGift\n    bundleComponents {\n      skuId\n      sellerSku\n      count\n    }\n    lines {\n      id\n      isDangerousGood\n      salePrice {\n        amount\n        currency\n      }\n      giftRetailPrice {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.LineGroupItemFragmentDoc,
    "\n  fragment OrderFlags on Order {\n    status\n    isSample\n    isCod\n    isReplacement\n    isOnHoldOrder\n    isBuyerRequestCancel\n    isPreOrder\n  }\n": typeof types.OrderFlagsFragmentDoc,
    "\n  fragment OrderListItem on Order {\n    id\n    tiktokOrderId\n    status\n    shippingType\n    createdAt\n    buyerEmail\n    shop {\n      name\n    }\n    recipient {\n      name\n    }\n    total {\n      amount\n      currency\n    }\n    lineGroups {\n      skuId\n      sellerSku\n      productName\n      quantity\n      isGift\n    }\n    deadlines {\n      ...DeadlineCountdown\n    }\n    ...OrderFlags\n  }\n": typeof types.OrderListItemFragmentDoc,
    "\n  fragment OrderTimelineEvent on ChangeEvent {\n    seq\n    at\n    kind\n    source\n    actor\n    from\n    to\n  }\n": typeof types.OrderTimelineEventFragmentDoc,
    "\n  fragment PackageItem on Package {\n    id\n    tiktokPackageId\n    status\n    shippingType\n    trackingNumber\n    trackingUrl\n    shippingProviderName\n    carrier {\n      name\n    }\n    warehouse {\n      name\n    }\n    syncStatus\n    syncError\n    shippedAt\n    lines {\n      id\n    }\n  }\n": typeof types.PackageItemFragmentDoc,
    "\n  fragment PaymentSummary on OrderPayment {\n    originalProductTotal { amount currency }\n    sellerDiscount { amount currency }\n    platformDiscount { amount currency }\n    subTotal { amount currency }\n    originalShippingFee { amount currency }\n    shippingFee { amount currency }\n    productTax { amount currency }\n    shippingFeeTax { amount currency }\n    retailDeliveryFee { amount currency }\n    smallOrderFee { amount currency }\n    tax { amount currency }\n    total { amount currency }\n  }\n": typeof types.PaymentSummaryFragmentDoc,
    "\n  fragment RecipientCard on RecipientAddress {\n    name\n    phoneNumber\n    fullAddress\n    addressLine1\n    addressLine2\n    postalCode\n    regionCode\n    dropOffLocation\n    districts {\n      level\n      name\n    }\n  }\n": typeof types.RecipientCardFragmentDoc,
    "\n  fragment ShopCard on Shop {\n    id\n    name\n    region\n    tiktokShopId\n    status\n    connectedAt\n    disconnectedAt\n    authorizationExpiresAt\n    sync {\n      watermark\n      lastWebhookAt\n      lastPollAt\n      lastSuccessfulPollAt\n      consecutiveFailures\n      lastError\n      reauthorizeBy\n      openIncidents\n      backfill {\n        status\n        done\n        total\n        since\n      }\n    }\n  }\n": typeof types.ShopCardFragmentDoc,
    "\n  fragment OrderViewMatch on Order {\n    tiktokOrderId\n    status\n    shippingType\n    buyerEmail\n    buyerUserId\n    isSample\n    isReplacement\n    isOnHoldOrder\n    isBuyerRequestCancel\n    isCod\n    isPreOrder\n    recipient {\n      name\n    }\n    deadlines {\n      next\n    }\n    lineGroups {\n      isGift\n      sellerSku\n    }\n    packages {\n      trackingNumber\n    }\n  }\n": typeof types.OrderViewMatchFragmentDoc,
    "\n  query OrderDetail($tiktokOrderId: String!) {\n    order(tiktokOrderId: $tiktokOrderId) {\n      id\n      tiktokOrderId\n      status\n      shippingType\n      fulfillmentType\n      deliveryType\n      deliveryOptionName\n      orderType\n      createdAt\n      paidAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n      cancelReason\n      cancellationInitiator\n      releaseAt\n      buyerEmail\n      buyerMessage\n      sellerNote\n      notes\n      paymentMethodName\n      hasUpdatedRecipientAddress\n      splitOrCombineTag\n      replacedTiktokOrderId\n      originalOrder {\n        tiktokOrderId\n      }\n      shop {\n        name\n        region\n      }\n      total {\n        amount\n        currency\n      }\n      ...OrderFlags\n      deadlines {\n        ...DeadlineCountdown\n        ...DeadlineList\n      }\n      recipient {\n        ...RecipientCard\n      }\n      payment {\n        ...PaymentSummary\n      }\n      lineGroups {\n        ...LineGroupItem\n      }\n      packages {\n        id\n        ...PackageItem\n      }\n      history {\n        ...OrderTimelineEvent\n      }\n    }\n  }\n": typeof types.OrderDetailDocument,
    "\n  subscription OrderDetailChanges($afterSeq: Int) {\n    orderChanged(afterSeq: $afterSeq) {\n      event {\n        seq\n      }\n      order {\n        id\n      }\n    }\n  }\n": typeof types.OrderDetailChangesDocument,
    "\n  query Orders($first: Int!, $after: String, $filter: OrderFilter, $sort: OrderSort, $query: String) {\n    orders(first: $first, after: $after, filter: $filter, sort: $sort, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        version\n        ...OrderListItem\n        ...OrderViewMatch\n      }\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  subscription OrdersPageChanges($afterSeq: Int) {\n    orderChanged(afterSeq: $afterSeq) {\n      event {\n        seq\n        kind\n        from\n      }\n      order {\n        id\n        version\n        ...OrderListItem\n        ...OrderViewMatch\n      }\n    }\n  }\n": typeof types.OrdersPageChangesDocument,
    "\n  subscription OrdersPageImports($afterSeq: Int) {\n    ordersImported(afterSeq: $afterSeq) {\n      event {\n        seq\n      }\n      orderIds\n    }\n  }\n": typeof types.OrdersPageImportsDocument,
    "\n  query OrderDeadlineCounts($now: DateTime!, $soon: DateTime!) {\n    overdue: orders(first: 1, filter: { deadlineBefore: $now }) {\n      totalCount\n    }\n    dueSoon: orders(first: 1, filter: { deadlineBefore: $soon }) {\n      totalCount\n    }\n  }\n": typeof types.OrderDeadlineCountsDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      kind\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      partner {\n        id\n        name\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    apiTokenRevoke(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query Partners {\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.PartnersDocument,
    "\n  mutation CreatePartner($name: String!) {\n    partnerCreate(name: $name) {\n      partner {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  query SandboxPanel {\n    sandbox {\n      enabled\n      error\n      state {\n        now\n        clockFrozen\n        orderCount\n        cancellationCount\n        returnCount\n        shops {\n          tiktokShopId\n          name\n          region\n          connected\n        }\n        faults {\n          apiServerErrorRate\n          apiBurst429\n          apiSlowMs\n          apiOverloadRate\n          webhookDropRate\n          webhookDuplicateRate\n          webhookReorderWindow\n          webhookDelayMs\n        }\n      }\n    }\n  }\n": typeof types.SandboxPanelDocument,
    "\n  mutation SandboxPlaceOrders($input: SandboxOrdersCreateInput!) {\n    sandboxOrdersCreate(input: $input) {\n      tiktokOrderIds\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SandboxPlaceOrdersDocument,
    "\n  mutation SandboxCancelAsBuyer($input: SandboxBuyerCancelInput!) {\n    sandboxBuyerCancel(input: $input) {\n      tiktokOrderId\n      tiktokStatus\n      afterSaleId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SandboxCancelAsBuyerDocument,
    "\n  mutation SandboxReturnAsBuyer($input: SandboxBuyerReturnInput!) {\n    sandboxBuyerReturn(input: $input) {\n      tiktokOrderId\n      tiktokStatus\n      afterSaleId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SandboxReturnAsBuyerDocument,
    "\n  mutation SandboxScanAsCarrier($input: SandboxOrderInput!) {\n    sandboxCarrierScan(input: $input) {\n      tiktokOrderId\n      tiktokStatus\n      afterSaleId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SandboxScanAsCarrierDocument,
    "\n  mutation SandboxAdvanceClock($input: SandboxClockAdvanceInput!) {\n    sandboxClockAdvance(input: $input) {\n      now\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SandboxAdvanceClockDocument,
    "\n  mutation SandboxSetFaults($input: SandboxFaultsSetInput!) {\n    sandboxFaultsSet(input: $input) {\n      faults {\n        apiServerErrorRate\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SandboxSetFaultsDocument,
    "\n  query Shops($includeResolved: Boolean!) {\n    shops {\n      id\n      name\n      status\n      ...ShopCard\n    }\n    incidents(includeResolved: $includeResolved) {\n      id\n      resolvedAt\n      ...IncidentItem\n    }\n    warehouses {\n      id\n      name\n      shop {\n        name\n      }\n    }\n  }\n": typeof types.ShopsDocument,
    "\n  subscription ShopsPageChanges($afterSeq: Int) {\n    shopSyncChanged(afterSeq: $afterSeq) {\n      event {\n        seq\n        kind\n      }\n      shop {\n        id\n        name\n        status\n        ...ShopCard\n      }\n    }\n  }\n": typeof types.ShopsPageChangesDocument,
    "\n  mutation ConnectShop($input: ShopConnectStartInput) {\n    shopConnectStart(input: $input) {\n      authorizeUrl\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ConnectShopDocument,
    "\n  mutation SyncShopNow($input: ShopInput!) {\n    shopSyncNow(input: $input) {\n      queued\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SyncShopNowDocument,
    "\n  mutation DisconnectShop($input: ShopInput!) {\n    shopDisconnect(input: $input) {\n      shopId\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DisconnectShopDocument,
    "\n  mutation RetryIncident($id: ID!) {\n    incidentRetry(id: $id) {\n      incident {\n        id\n        ...IncidentItem\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RetryIncidentDocument,
    "\n  query Users {\n    users {\n      id\n      name\n      email\n      role\n      createdAt\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        id\n        name\n        email\n        role\n        createdAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query SandboxEnabled {\n    sandbox {\n      enabled\n    }\n  }\n": types.SandboxEnabledDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  fragment DeadlineCountdown on OrderDeadlines {\n    next\n    rtsSla\n    shippingDue\n    ttsSla\n    collectionDue\n    deliverySla\n    deliveryDue\n  }\n": types.DeadlineCountdownFragmentDoc,
    "\n  fragment DeadlineList on OrderDeadlines {\n    next\n    rtsSla\n    shippingDue\n    ttsSla\n    collectionDue\n    deliverySla\n    deliveryDue\n  }\n": types.DeadlineListFragmentDoc,
    "\n  fragment IncidentItem on Incident {\n    id\n    kind\n    message\n    occurrences\n    createdAt\n    lastSeenAt\n    resolvedAt\n    retryable\n  }\n": types.IncidentItemFragmentDoc,
    "\n  fragment LineGroupItem on OrderLineGroup {\n    skuId\n    sellerSku\n    productName\n    skuName\n    skuImage\n    quantity\n    isGift\n    bundleComponents {\n      skuId\n      sellerSku\n      count\n    }\n    lines {\n      id\n      isDangerousGood\n      salePrice {\n        amount\n        currency\n      }\n      giftRetailPrice {\n        amount\n        currency\n      }\n    }\n  }\n": types.LineGroupItemFragmentDoc,
    "\n  fragment OrderFlags on Order {\n    status\n    isSample\n    isCod\n    isReplacement\n    isOnHoldOrder\n    isBuyerRequestCancel\n    isPreOrder\n  }\n": types.OrderFlagsFragmentDoc,
    "\n  fragment OrderListItem on Order {\n    id\n    tiktokOrderId\n    status\n    shippingType\n    createdAt\n    buyerEmail\n    shop {\n      name\n    }\n    recipient {\n      name\n    }\n    total {\n      amount\n      currency\n    }\n    lineGroups {\n      skuId\n      sellerSku\n      productName\n      quantity\n      isGift\n    }\n    deadlines {\n      ...DeadlineCountdown\n    }\n    ...OrderFlags\n  }\n": types.OrderListItemFragmentDoc,
    "\n  fragment OrderTimelineEvent on ChangeEvent {\n    seq\n    at\n    kind\n    source\n    actor\n    from\n    to\n  }\n": types.OrderTimelineEventFragmentDoc,
    "\n  fragment PackageItem on Package {\n    id\n    tiktokPackageId\n    status\n    shippingType\n    trackingNumber\n    trackingUrl\n    shippingProviderName\n    carrier {\n      name\n    }\n    warehouse {\n      name\n    }\n    syncStatus\n    syncError\n    shippedAt\n    lines {\n      id\n    }\n  }\n": types.PackageItemFragmentDoc,
    "\n  fragment PaymentSummary on OrderPayment {\n    originalProductTotal { amount currency }\n    sellerDiscount { amount currency }\n    platformDiscount { amount currency }\n    subTotal { amount currency }\n    originalShippingFee { amount currency }\n    shippingFee { amount currency }\n    productTax { amount currency }\n    shippingFeeTax { amount currency }\n    retailDeliveryFee { amount currency }\n    smallOrderFee { amount currency }\n    tax { amount currency }\n    total { amount currency }\n  }\n": types.PaymentSummaryFragmentDoc,
    "\n  fragment RecipientCard on RecipientAddress {\n    name\n    phoneNumber\n    fullAddress\n    addressLine1\n    addressLine2\n    postalCode\n    regionCode\n    dropOffLocation\n    districts {\n      level\n      name\n    }\n  }\n": types.RecipientCardFragmentDoc,
    "\n  fragment ShopCard on Shop {\n    id\n    name\n    region\n    tiktokShopId\n    status\n    connectedAt\n    disconnectedAt\n    authorizationExpiresAt\n    sync {\n      watermark\n      lastWebhookAt\n      lastPollAt\n      lastSuccessfulPollAt\n      consecutiveFailures\n      lastError\n      reauthorizeBy\n      openIncidents\n      backfill {\n        status\n        done\n        total\n        since\n      }\n    }\n  }\n": types.ShopCardFragmentDoc,
    "\n  fragment OrderViewMatch on Order {\n    tiktokOrderId\n    status\n    shippingType\n    buyerEmail\n    buyerUserId\n    isSample\n    isReplacement\n    isOnHoldOrder\n    isBuyerRequestCancel\n    isCod\n    isPreOrder\n    recipient {\n      name\n    }\n    deadlines {\n      next\n    }\n    lineGroups {\n      isGift\n      sellerSku\n    }\n    packages {\n      trackingNumber\n    }\n  }\n": types.OrderViewMatchFragmentDoc,
    "\n  query OrderDetail($tiktokOrderId: String!) {\n    order(tiktokOrderId: $tiktokOrderId) {\n      id\n      tiktokOrderId\n      status\n      shippingType\n      fulfillmentType\n      deliveryType\n      deliveryOptionName\n      orderType\n      createdAt\n      paidAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n      cancelReason\n      cancellationInitiator\n      releaseAt\n      buyerEmail\n      buyerMessage\n      sellerNote\n      notes\n      paymentMethodName\n      hasUpdatedRecipientAddress\n      splitOrCombineTag\n      replacedTiktokOrderId\n      originalOrder {\n        tiktokOrderId\n      }\n      shop {\n        name\n        region\n      }\n      total {\n        amount\n        currency\n      }\n      ...OrderFlags\n      deadlines {\n        ...DeadlineCountdown\n        ...DeadlineList\n      }\n      recipient {\n        ...RecipientCard\n      }\n      payment {\n        ...PaymentSummary\n      }\n      lineGroups {\n        ...LineGroupItem\n      }\n      packages {\n        id\n        ...PackageItem\n      }\n      history {\n        ...OrderTimelineEvent\n      }\n    }\n  }\n": types.OrderDetailDocument,
    "\n  subscription OrderDetailChanges($afterSeq: Int) {\n    orderChanged(afterSeq: $afterSeq) {\n      event {\n        seq\n      }\n      order {\n        id\n      }\n    }\n  }\n": types.OrderDetailChangesDocument,
    "\n  query Orders($first: Int!, $after: String, $filter: OrderFilter, $sort: OrderSort, $query: String) {\n    orders(first: $first, after: $after, filter: $filter, sort: $sort, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        version\n        ...OrderListItem\n        ...OrderViewMatch\n      }\n    }\n  }\n": types.OrdersDocument,
    "\n  subscription OrdersPageChanges($afterSeq: Int) {\n    orderChanged(afterSeq: $afterSeq) {\n      event {\n        seq\n        kind\n        from\n      }\n      order {\n        id\n        version\n        ...OrderListItem\n        ...OrderViewMatch\n      }\n    }\n  }\n": types.OrdersPageChangesDocument,
    "\n  subscription OrdersPageImports($afterSeq: Int) {\n    ordersImported(afterSeq: $afterSeq) {\n      event {\n        seq\n      }\n      orderIds\n    }\n  }\n": types.OrdersPageImportsDocument,
    "\n  query OrderDeadlineCounts($now: DateTime!, $soon: DateTime!) {\n    overdue: orders(first: 1, filter: { deadlineBefore: $now }) {\n      totalCount\n    }\n    dueSoon: orders(first: 1, filter: { deadlineBefore: $soon }) {\n      totalCount\n    }\n  }\n": types.OrderDeadlineCountsDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      kind\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      partner {\n        id\n        name\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    apiTokenRevoke(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query Partners {\n    partners {\n      id\n      name\n    }\n  }\n": types.PartnersDocument,
    "\n  mutation CreatePartner($name: String!) {\n    partnerCreate(name: $name) {\n      partner {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  query SandboxPanel {\n    sandbox {\n      enabled\n      error\n      state {\n        now\n        clockFrozen\n        orderCount\n        cancellationCount\n        returnCount\n        shops {\n          tiktokShopId\n          name\n          region\n          connected\n        }\n        faults {\n          apiServerErrorRate\n          apiBurst429\n          apiSlowMs\n          apiOverloadRate\n          webhookDropRate\n          webhookDuplicateRate\n          webhookReorderWindow\n          webhookDelayMs\n        }\n      }\n    }\n  }\n": types.SandboxPanelDocument,
    "\n  mutation SandboxPlaceOrders($input: SandboxOrdersCreateInput!) {\n    sandboxOrdersCreate(input: $input) {\n      tiktokOrderIds\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SandboxPlaceOrdersDocument,
    "\n  mutation SandboxCancelAsBuyer($input: SandboxBuyerCancelInput!) {\n    sandboxBuyerCancel(input: $input) {\n      tiktokOrderId\n      tiktokStatus\n      afterSaleId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SandboxCancelAsBuyerDocument,
    "\n  mutation SandboxReturnAsBuyer($input: SandboxBuyerReturnInput!) {\n    sandboxBuyerReturn(input: $input) {\n      tiktokOrderId\n      tiktokStatus\n      afterSaleId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SandboxReturnAsBuyerDocument,
    "\n  mutation SandboxScanAsCarrier($input: SandboxOrderInput!) {\n    sandboxCarrierScan(input: $input) {\n      tiktokOrderId\n      tiktokStatus\n      afterSaleId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SandboxScanAsCarrierDocument,
    "\n  mutation SandboxAdvanceClock($input: SandboxClockAdvanceInput!) {\n    sandboxClockAdvance(input: $input) {\n      now\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SandboxAdvanceClockDocument,
    "\n  mutation SandboxSetFaults($input: SandboxFaultsSetInput!) {\n    sandboxFaultsSet(input: $input) {\n      faults {\n        apiServerErrorRate\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SandboxSetFaultsDocument,
    "\n  query Shops($includeResolved: Boolean!) {\n    shops {\n      id\n      name\n      status\n      ...ShopCard\n    }\n    incidents(includeResolved: $includeResolved) {\n      id\n      resolvedAt\n      ...IncidentItem\n    }\n    warehouses {\n      id\n      name\n      shop {\n        name\n      }\n    }\n  }\n": types.ShopsDocument,
    "\n  subscription ShopsPageChanges($afterSeq: Int) {\n    shopSyncChanged(afterSeq: $afterSeq) {\n      event {\n        seq\n        kind\n      }\n      shop {\n        id\n        name\n        status\n        ...ShopCard\n      }\n    }\n  }\n": types.ShopsPageChangesDocument,
    "\n  mutation ConnectShop($input: ShopConnectStartInput) {\n    shopConnectStart(input: $input) {\n      authorizeUrl\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ConnectShopDocument,
    "\n  mutation SyncShopNow($input: ShopInput!) {\n    shopSyncNow(input: $input) {\n      queued\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.SyncShopNowDocument,
    "\n  mutation DisconnectShop($input: ShopInput!) {\n    shopDisconnect(input: $input) {\n      shopId\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.DisconnectShopDocument,
    "\n  mutation RetryIncident($id: ID!) {\n    incidentRetry(id: $id) {\n      incident {\n        id\n        ...IncidentItem\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.RetryIncidentDocument,
    "\n  query Users {\n    users {\n      id\n      name\n      email\n      role\n      createdAt\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        id\n        name\n        email\n        role\n        createdAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SandboxEnabled {\n    sandbox {\n      enabled\n    }\n  }\n"): (typeof documents)["\n  query SandboxEnabled {\n    sandbox {\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeadlineCountdown on OrderDeadlines {\n    next\n    rtsSla\n    shippingDue\n    ttsSla\n    collectionDue\n    deliverySla\n    deliveryDue\n  }\n"): (typeof documents)["\n  fragment DeadlineCountdown on OrderDeadlines {\n    next\n    rtsSla\n    shippingDue\n    ttsSla\n    collectionDue\n    deliverySla\n    deliveryDue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeadlineList on OrderDeadlines {\n    next\n    rtsSla\n    shippingDue\n    ttsSla\n    collectionDue\n    deliverySla\n    deliveryDue\n  }\n"): (typeof documents)["\n  fragment DeadlineList on OrderDeadlines {\n    next\n    rtsSla\n    shippingDue\n    ttsSla\n    collectionDue\n    deliverySla\n    deliveryDue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentItem on Incident {\n    id\n    kind\n    message\n    occurrences\n    createdAt\n    lastSeenAt\n    resolvedAt\n    retryable\n  }\n"): (typeof documents)["\n  fragment IncidentItem on Incident {\n    id\n    kind\n    message\n    occurrences\n    createdAt\n    lastSeenAt\n    resolvedAt\n    retryable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LineGroupItem on OrderLineGroup {\n    skuId\n    sellerSku\n    productName\n    skuName\n    skuImage\n    quantity\n    isGift\n    bundleComponents {\n      skuId\n      sellerSku\n      count\n    }\n    lines {\n      id\n      isDangerousGood\n      salePrice {\n        amount\n        currency\n      }\n      giftRetailPrice {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LineGroupItem on OrderLineGroup {\n    skuId\n    sellerSku\n    productName\n    skuName\n    skuImage\n    quantity\n    isGift\n    bundleComponents {\n      skuId\n      sellerSku\n      count\n    }\n    lines {\n      id\n      isDangerousGood\n      salePrice {\n        amount\n        currency\n      }\n      giftRetailPrice {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderFlags on Order {\n    status\n    isSample\n    isCod\n    isReplacement\n    isOnHoldOrder\n    isBuyerRequestCancel\n    isPreOrder\n  }\n"): (typeof documents)["\n  fragment OrderFlags on Order {\n    status\n    isSample\n    isCod\n    isReplacement\n    isOnHoldOrder\n    isBuyerRequestCancel\n    isPreOrder\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderListItem on Order {\n    id\n    tiktokOrderId\n    status\n    shippingType\n    createdAt\n    buyerEmail\n    shop {\n      name\n    }\n    recipient {\n      name\n    }\n    total {\n      amount\n      currency\n    }\n    lineGroups {\n      skuId\n      sellerSku\n      productName\n      quantity\n      isGift\n    }\n    deadlines {\n      ...DeadlineCountdown\n    }\n    ...OrderFlags\n  }\n"): (typeof documents)["\n  fragment OrderListItem on Order {\n    id\n    tiktokOrderId\n    status\n    shippingType\n    createdAt\n    buyerEmail\n    shop {\n      name\n    }\n    recipient {\n      name\n    }\n    total {\n      amount\n      currency\n    }\n    lineGroups {\n      skuId\n      sellerSku\n      productName\n      quantity\n      isGift\n    }\n    deadlines {\n      ...DeadlineCountdown\n    }\n    ...OrderFlags\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderTimelineEvent on ChangeEvent {\n    seq\n    at\n    kind\n    source\n    actor\n    from\n    to\n  }\n"): (typeof documents)["\n  fragment OrderTimelineEvent on ChangeEvent {\n    seq\n    at\n    kind\n    source\n    actor\n    from\n    to\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PackageItem on Package {\n    id\n    tiktokPackageId\n    status\n    shippingType\n    trackingNumber\n    trackingUrl\n    shippingProviderName\n    carrier {\n      name\n    }\n    warehouse {\n      name\n    }\n    syncStatus\n    syncError\n    shippedAt\n    lines {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment PackageItem on Package {\n    id\n    tiktokPackageId\n    status\n    shippingType\n    trackingNumber\n    trackingUrl\n    shippingProviderName\n    carrier {\n      name\n    }\n    warehouse {\n      name\n    }\n    syncStatus\n    syncError\n    shippedAt\n    lines {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentSummary on OrderPayment {\n    originalProductTotal { amount currency }\n    sellerDiscount { amount currency }\n    platformDiscount { amount currency }\n    subTotal { amount currency }\n    originalShippingFee { amount currency }\n    shippingFee { amount currency }\n    productTax { amount currency }\n    shippingFeeTax { amount currency }\n    retailDeliveryFee { amount currency }\n    smallOrderFee { amount currency }\n    tax { amount currency }\n    total { amount currency }\n  }\n"): (typeof documents)["\n  fragment PaymentSummary on OrderPayment {\n    originalProductTotal { amount currency }\n    sellerDiscount { amount currency }\n    platformDiscount { amount currency }\n    subTotal { amount currency }\n    originalShippingFee { amount currency }\n    shippingFee { amount currency }\n    productTax { amount currency }\n    shippingFeeTax { amount currency }\n    retailDeliveryFee { amount currency }\n    smallOrderFee { amount currency }\n    tax { amount currency }\n    total { amount currency }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecipientCard on RecipientAddress {\n    name\n    phoneNumber\n    fullAddress\n    addressLine1\n    addressLine2\n    postalCode\n    regionCode\n    dropOffLocation\n    districts {\n      level\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RecipientCard on RecipientAddress {\n    name\n    phoneNumber\n    fullAddress\n    addressLine1\n    addressLine2\n    postalCode\n    regionCode\n    dropOffLocation\n    districts {\n      level\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShopCard on Shop {\n    id\n    name\n    region\n    tiktokShopId\n    status\n    connectedAt\n    disconnectedAt\n    authorizationExpiresAt\n    sync {\n      watermark\n      lastWebhookAt\n      lastPollAt\n      lastSuccessfulPollAt\n      consecutiveFailures\n      lastError\n      reauthorizeBy\n      openIncidents\n      backfill {\n        status\n        done\n        total\n        since\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ShopCard on Shop {\n    id\n    name\n    region\n    tiktokShopId\n    status\n    connectedAt\n    disconnectedAt\n    authorizationExpiresAt\n    sync {\n      watermark\n      lastWebhookAt\n      lastPollAt\n      lastSuccessfulPollAt\n      consecutiveFailures\n      lastError\n      reauthorizeBy\n      openIncidents\n      backfill {\n        status\n        done\n        total\n        since\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderViewMatch on Order {\n    tiktokOrderId\n    status\n    shippingType\n    buyerEmail\n    buyerUserId\n    isSample\n    isReplacement\n    isOnHoldOrder\n    isBuyerRequestCancel\n    isCod\n    isPreOrder\n    recipient {\n      name\n    }\n    deadlines {\n      next\n    }\n    lineGroups {\n      isGift\n      sellerSku\n    }\n    packages {\n      trackingNumber\n    }\n  }\n"): (typeof documents)["\n  fragment OrderViewMatch on Order {\n    tiktokOrderId\n    status\n    shippingType\n    buyerEmail\n    buyerUserId\n    isSample\n    isReplacement\n    isOnHoldOrder\n    isBuyerRequestCancel\n    isCod\n    isPreOrder\n    recipient {\n      name\n    }\n    deadlines {\n      next\n    }\n    lineGroups {\n      isGift\n      sellerSku\n    }\n    packages {\n      trackingNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetail($tiktokOrderId: String!) {\n    order(tiktokOrderId: $tiktokOrderId) {\n      id\n      tiktokOrderId\n      status\n      shippingType\n      fulfillmentType\n      deliveryType\n      deliveryOptionName\n      orderType\n      createdAt\n      paidAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n      cancelReason\n      cancellationInitiator\n      releaseAt\n      buyerEmail\n      buyerMessage\n      sellerNote\n      notes\n      paymentMethodName\n      hasUpdatedRecipientAddress\n      splitOrCombineTag\n      replacedTiktokOrderId\n      originalOrder {\n        tiktokOrderId\n      }\n      shop {\n        name\n        region\n      }\n      total {\n        amount\n        currency\n      }\n      ...OrderFlags\n      deadlines {\n        ...DeadlineCountdown\n        ...DeadlineList\n      }\n      recipient {\n        ...RecipientCard\n      }\n      payment {\n        ...PaymentSummary\n      }\n      lineGroups {\n        ...LineGroupItem\n      }\n      packages {\n        id\n        ...PackageItem\n      }\n      history {\n        ...OrderTimelineEvent\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderDetail($tiktokOrderId: String!) {\n    order(tiktokOrderId: $tiktokOrderId) {\n      id\n      tiktokOrderId\n      status\n      shippingType\n      fulfillmentType\n      deliveryType\n      deliveryOptionName\n      orderType\n      createdAt\n      paidAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n      cancelReason\n      cancellationInitiator\n      releaseAt\n      buyerEmail\n      buyerMessage\n      sellerNote\n      notes\n      paymentMethodName\n      hasUpdatedRecipientAddress\n      splitOrCombineTag\n      replacedTiktokOrderId\n      originalOrder {\n        tiktokOrderId\n      }\n      shop {\n        name\n        region\n      }\n      total {\n        amount\n        currency\n      }\n      ...OrderFlags\n      deadlines {\n        ...DeadlineCountdown\n        ...DeadlineList\n      }\n      recipient {\n        ...RecipientCard\n      }\n      payment {\n        ...PaymentSummary\n      }\n      lineGroups {\n        ...LineGroupItem\n      }\n      packages {\n        id\n        ...PackageItem\n      }\n      history {\n        ...OrderTimelineEvent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderDetailChanges($afterSeq: Int) {\n    orderChanged(afterSeq: $afterSeq) {\n      event {\n        seq\n      }\n      order {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OrderDetailChanges($afterSeq: Int) {\n    orderChanged(afterSeq: $afterSeq) {\n      event {\n        seq\n      }\n      order {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Orders($first: Int!, $after: String, $filter: OrderFilter, $sort: OrderSort, $query: String) {\n    orders(first: $first, after: $after, filter: $filter, sort: $sort, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        version\n        ...OrderListItem\n        ...OrderViewMatch\n      }\n    }\n  }\n"): (typeof documents)["\n  query Orders($first: Int!, $after: String, $filter: OrderFilter, $sort: OrderSort, $query: String) {\n    orders(first: $first, after: $after, filter: $filter, sort: $sort, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        version\n        ...OrderListItem\n        ...OrderViewMatch\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrdersPageChanges($afterSeq: Int) {\n    orderChanged(afterSeq: $afterSeq) {\n      event {\n        seq\n        kind\n        from\n      }\n      order {\n        id\n        version\n        ...OrderListItem\n        ...OrderViewMatch\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OrdersPageChanges($afterSeq: Int) {\n    orderChanged(afterSeq: $afterSeq) {\n      event {\n        seq\n        kind\n        from\n      }\n      order {\n        id\n        version\n        ...OrderListItem\n        ...OrderViewMatch\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrdersPageImports($afterSeq: Int) {\n    ordersImported(afterSeq: $afterSeq) {\n      event {\n        seq\n      }\n      orderIds\n    }\n  }\n"): (typeof documents)["\n  subscription OrdersPageImports($afterSeq: Int) {\n    ordersImported(afterSeq: $afterSeq) {\n      event {\n        seq\n      }\n      orderIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDeadlineCounts($now: DateTime!, $soon: DateTime!) {\n    overdue: orders(first: 1, filter: { deadlineBefore: $now }) {\n      totalCount\n    }\n    dueSoon: orders(first: 1, filter: { deadlineBefore: $soon }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OrderDeadlineCounts($now: DateTime!, $soon: DateTime!) {\n    overdue: orders(first: 1, filter: { deadlineBefore: $now }) {\n      totalCount\n    }\n    dueSoon: orders(first: 1, filter: { deadlineBefore: $soon }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      kind\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      partner {\n        id\n        name\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      kind\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      partner {\n        id\n        name\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    apiTokenRevoke(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    apiTokenRevoke(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partners {\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Partners {\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($name: String!) {\n    partnerCreate(name: $name) {\n      partner {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartner($name: String!) {\n    partnerCreate(name: $name) {\n      partner {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SandboxPanel {\n    sandbox {\n      enabled\n      error\n      state {\n        now\n        clockFrozen\n        orderCount\n        cancellationCount\n        returnCount\n        shops {\n          tiktokShopId\n          name\n          region\n          connected\n        }\n        faults {\n          apiServerErrorRate\n          apiBurst429\n          apiSlowMs\n          apiOverloadRate\n          webhookDropRate\n          webhookDuplicateRate\n          webhookReorderWindow\n          webhookDelayMs\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SandboxPanel {\n    sandbox {\n      enabled\n      error\n      state {\n        now\n        clockFrozen\n        orderCount\n        cancellationCount\n        returnCount\n        shops {\n          tiktokShopId\n          name\n          region\n          connected\n        }\n        faults {\n          apiServerErrorRate\n          apiBurst429\n          apiSlowMs\n          apiOverloadRate\n          webhookDropRate\n          webhookDuplicateRate\n          webhookReorderWindow\n          webhookDelayMs\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SandboxPlaceOrders($input: SandboxOrdersCreateInput!) {\n    sandboxOrdersCreate(input: $input) {\n      tiktokOrderIds\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SandboxPlaceOrders($input: SandboxOrdersCreateInput!) {\n    sandboxOrdersCreate(input: $input) {\n      tiktokOrderIds\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SandboxCancelAsBuyer($input: SandboxBuyerCancelInput!) {\n    sandboxBuyerCancel(input: $input) {\n      tiktokOrderId\n      tiktokStatus\n      afterSaleId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SandboxCancelAsBuyer($input: SandboxBuyerCancelInput!) {\n    sandboxBuyerCancel(input: $input) {\n      tiktokOrderId\n      tiktokStatus\n      afterSaleId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SandboxReturnAsBuyer($input: SandboxBuyerReturnInput!) {\n    sandboxBuyerReturn(input: $input) {\n      tiktokOrderId\n      tiktokStatus\n      afterSaleId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SandboxReturnAsBuyer($input: SandboxBuyerReturnInput!) {\n    sandboxBuyerReturn(input: $input) {\n      tiktokOrderId\n      tiktokStatus\n      afterSaleId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SandboxScanAsCarrier($input: SandboxOrderInput!) {\n    sandboxCarrierScan(input: $input) {\n      tiktokOrderId\n      tiktokStatus\n      afterSaleId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SandboxScanAsCarrier($input: SandboxOrderInput!) {\n    sandboxCarrierScan(input: $input) {\n      tiktokOrderId\n      tiktokStatus\n      afterSaleId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SandboxAdvanceClock($input: SandboxClockAdvanceInput!) {\n    sandboxClockAdvance(input: $input) {\n      now\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SandboxAdvanceClock($input: SandboxClockAdvanceInput!) {\n    sandboxClockAdvance(input: $input) {\n      now\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SandboxSetFaults($input: SandboxFaultsSetInput!) {\n    sandboxFaultsSet(input: $input) {\n      faults {\n        apiServerErrorRate\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SandboxSetFaults($input: SandboxFaultsSetInput!) {\n    sandboxFaultsSet(input: $input) {\n      faults {\n        apiServerErrorRate\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shops($includeResolved: Boolean!) {\n    shops {\n      id\n      name\n      status\n      ...ShopCard\n    }\n    incidents(includeResolved: $includeResolved) {\n      id\n      resolvedAt\n      ...IncidentItem\n    }\n    warehouses {\n      id\n      name\n      shop {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Shops($includeResolved: Boolean!) {\n    shops {\n      id\n      name\n      status\n      ...ShopCard\n    }\n    incidents(includeResolved: $includeResolved) {\n      id\n      resolvedAt\n      ...IncidentItem\n    }\n    warehouses {\n      id\n      name\n      shop {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ShopsPageChanges($afterSeq: Int) {\n    shopSyncChanged(afterSeq: $afterSeq) {\n      event {\n        seq\n        kind\n      }\n      shop {\n        id\n        name\n        status\n        ...ShopCard\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ShopsPageChanges($afterSeq: Int) {\n    shopSyncChanged(afterSeq: $afterSeq) {\n      event {\n        seq\n        kind\n      }\n      shop {\n        id\n        name\n        status\n        ...ShopCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectShop($input: ShopConnectStartInput) {\n    shopConnectStart(input: $input) {\n      authorizeUrl\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectShop($input: ShopConnectStartInput) {\n    shopConnectStart(input: $input) {\n      authorizeUrl\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncShopNow($input: ShopInput!) {\n    shopSyncNow(input: $input) {\n      queued\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SyncShopNow($input: ShopInput!) {\n    shopSyncNow(input: $input) {\n      queued\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectShop($input: ShopInput!) {\n    shopDisconnect(input: $input) {\n      shopId\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DisconnectShop($input: ShopInput!) {\n    shopDisconnect(input: $input) {\n      shopId\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryIncident($id: ID!) {\n    incidentRetry(id: $id) {\n      incident {\n        id\n        ...IncidentItem\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetryIncident($id: ID!) {\n    incidentRetry(id: $id) {\n      incident {\n        id\n        ...IncidentItem\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      name\n      email\n      role\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      id\n      name\n      email\n      role\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        id\n        name\n        email\n        role\n        createdAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        id\n        name\n        email\n        role\n        createdAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;