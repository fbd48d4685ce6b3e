import { Field, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../graphql/enums.js';
import { Node } from '../graphql/node.js';
import { toGlobalId } from '../platform/global-id.js';
import { WAREHOUSE_TYPES, type Warehouse as WarehouseEntity } from './warehouse.entity.js';

export const WarehouseTypeEnum = graphqlEnum(WAREHOUSE_TYPES, 'WarehouseType');

@ObjectType({ simpleResolvers: true })
export class WarehouseAddress {
  @Field(() => String, { nullable: true }) fullAddress?: string;
  @Field(() => String, { nullable: true }) region?: string;
  @Field(() => String, { nullable: true }) state?: string;
  @Field(() => String, { nullable: true }) city?: string;
  @Field(() => String, { nullable: true }) postalCode?: string;
  @Field(() => String, { nullable: true }) contactPerson?: string;
  @Field(() => String, { nullable: true }) phone?: string;
}

@ObjectType({ simpleResolvers: true, implements: Node })
export class Warehouse extends Node {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: "TikTok's warehouse id when it is one of the shop's warehouses." })
  tiktokWarehouseId!: string | null;
  @Field(() => WarehouseTypeEnum) type!: (typeof WAREHOUSE_TYPES)[number];
  @Field(() => Boolean) isDefault!: boolean;
  @Field(() => WarehouseAddress) address!: WarehouseAddress;
}

export type WarehouseView = Warehouse & { dbId: number; shopDbId: number | null };

export function warehouseView(w: WarehouseEntity): WarehouseView {
  return {
    dbId: w.id,
    shopDbId: w.shop?.id ?? null,
    id: toGlobalId('Warehouse', w.id),
    name: w.name,
    tiktokWarehouseId: w.tiktokWarehouseId ?? null,
    type: w.type,
    isDefault: w.isDefault,
    address: w.address,
  };
}
