import { Field, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../graphql/enums.js';
import { Node } from '../graphql/node.js';
import { toGlobalId } from '../platform/global-id.js';
import { SHOP_STATUSES, type Shop as ShopEntity, type ShopStatus } from './shop.entity.js';

export const ShopStatusEnum = graphqlEnum(SHOP_STATUSES, 'ShopStatus');

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A TikTok Shop connected to the hub. Tokens are never exposed.' })
export class Shop extends Node {
  @Field(() => String) tiktokShopId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Market, e.g. US, GB, ID.' }) region!: string;
  @Field(() => String, { nullable: true }) sellerType!: string | null;
  @Field(() => ShopStatusEnum) status!: ShopStatus;
  @Field(() => Date, { nullable: true, description: "When TikTok's refresh token, and so the authorization, expires." })
  authorizationExpiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) connectedAt!: Date | null;
  @Field(() => Date, { nullable: true }) disconnectedAt!: Date | null;
}

export type ShopView = Shop & { dbId: number; defaultWarehouseDbId: number | null };

export function shopView(s: ShopEntity): ShopView {
  return {
    dbId: s.id,
    defaultWarehouseDbId: s.defaultWarehouse?.id ?? null,
    id: toGlobalId('Shop', s.id),
    tiktokShopId: s.tiktokShopId,
    name: s.name,
    region: s.region,
    sellerType: s.sellerType ?? null,
    status: s.status,
    authorizationExpiresAt: s.refreshTokenExpiresAt ?? null,
    connectedAt: s.connectedAt ?? null,
    disconnectedAt: s.disconnectedAt ?? null,
  };
}
